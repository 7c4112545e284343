import { sigmoid } from '../../src/core/scalar';
import type { ActivationName, LossName, NetworkSpec } from '../../src/core/types';

/**
 * A hand-written layer-wise MLP over Float64Arrays, trained with plain SGD: the practical speed
 * limit the tape is measured against. Supports sigmoid/tanh hidden and output layers and the two
 * squared-error losses plus binary cross-entropy; allocates nothing per step.
 */
export class ReferenceNetwork {
  private readonly sizes: number[];
  private readonly activations: ActivationName[];
  private readonly loss: LossName;
  /** weights[l] is row-major [out][in]. */
  readonly weights: Float64Array[];
  readonly biases: Float64Array[];
  private readonly weightGradients: Float64Array[];
  private readonly biasGradients: Float64Array[];
  /** outputs[0] is x; outputs[l + 1] is layer l's activation a. */
  private readonly outputs: Float64Array[];
  /** deltas[l] = ∂ℓ/∂z for layer l. */
  private readonly deltas: Float64Array[];

  constructor(spec: NetworkSpec, flat: Float64Array) {
    this.sizes = [spec.inputSize, ...spec.layers.map((layer) => layer.size)];
    this.activations = spec.layers.map((layer) => layer.activation);
    this.loss = spec.loss;
    this.weights = [];
    this.biases = [];
    let offset = 0;
    for (let layer = 0; layer < spec.layers.length; layer++) {
      const inputSize = this.sizes[layer]!;
      const size = this.sizes[layer + 1]!;
      this.weights.push(flat.slice(offset, offset + size * inputSize));
      offset += size * inputSize;
      this.biases.push(flat.slice(offset, offset + size));
      offset += size;
    }
    this.weightGradients = this.weights.map((array) => new Float64Array(array.length));
    this.biasGradients = this.biases.map((array) => new Float64Array(array.length));
    this.outputs = this.sizes.map((size) => new Float64Array(size));
    this.deltas = this.sizes.slice(1).map((size) => new Float64Array(size));
  }

  /** One SGD step on examples [0, count) of the packed inputs and targets; returns the mean loss. */
  step(inputs: Float64Array, targets: Float64Array, count: number, learningRate: number): number {
    const layerCount = this.weights.length;
    for (let layer = 0; layer < layerCount; layer++) {
      this.weightGradients[layer]!.fill(0);
      this.biasGradients[layer]!.fill(0);
    }
    const inputSize = this.sizes[0]!;
    const outputSize = this.sizes[layerCount]!;
    let lossSum = 0;
    for (let example = 0; example < count; example++) {
      const x = this.outputs[0]!;
      for (let j = 0; j < inputSize; j++) x[j] = inputs[example * inputSize + j]!;
      this.forward();
      lossSum += this.outputDelta(targets, example * outputSize);
      this.backward();
    }
    const scale = learningRate / count;
    for (let layer = 0; layer < layerCount; layer++) {
      const weights = this.weights[layer]!;
      const weightGradients = this.weightGradients[layer]!;
      for (let index = 0; index < weights.length; index++)
        weights[index]! -= scale * weightGradients[index]!;
      const biases = this.biases[layer]!;
      const biasGradients = this.biasGradients[layer]!;
      for (let index = 0; index < biases.length; index++)
        biases[index]! -= scale * biasGradients[index]!;
    }
    return lossSum / count;
  }

  private forward(): void {
    for (let layer = 0; layer < this.weights.length; layer++) {
      const weights = this.weights[layer]!;
      const biases = this.biases[layer]!;
      const input = this.outputs[layer]!;
      const output = this.outputs[layer + 1]!;
      const tanh = this.activations[layer] === 'tanh';
      const inputSize = input.length;
      for (let i = 0; i < output.length; i++) {
        let z = biases[i]!;
        for (let j = 0; j < inputSize; j++) z += weights[i * inputSize + j]! * input[j]!;
        output[i] = tanh ? Math.tanh(z) : sigmoid(z);
      }
    }
  }

  /** Writes ∂ℓ/∂z of the output layer and returns ℓ. */
  private outputDelta(targets: Float64Array, targetOffset: number): number {
    const layer = this.weights.length - 1;
    const output = this.outputs[layer + 1]!;
    const delta = this.deltas[layer]!;
    const tanh = this.activations[layer] === 'tanh';
    let loss = 0;
    for (let k = 0; k < output.length; k++) {
      const a = output[k]!;
      const error = a - targets[targetOffset + k]!;
      if (this.loss === 'binaryCrossEntropy') {
        const y = targets[targetOffset + k]!;
        loss -= y * Math.log(a) + (1 - y) * Math.log(1 - a);
        delta[k] = error;
      } else {
        const scale = this.loss === 'halfSquaredError' ? 1 : 2 / output.length;
        loss +=
          this.loss === 'halfSquaredError' ? 0.5 * error * error : (error * error) / output.length;
        delta[k] = scale * error * (tanh ? 1 - a * a : a * (1 - a));
      }
    }
    return loss;
  }

  private backward(): void {
    for (let layer = this.weights.length - 1; layer >= 0; layer--) {
      const weights = this.weights[layer]!;
      const delta = this.deltas[layer]!;
      const input = this.outputs[layer]!;
      const weightGradients = this.weightGradients[layer]!;
      const biasGradients = this.biasGradients[layer]!;
      const inputSize = input.length;
      for (let i = 0; i < delta.length; i++) {
        const d = delta[i]!;
        biasGradients[i]! += d;
        for (let j = 0; j < inputSize; j++) weightGradients[i * inputSize + j]! += d * input[j]!;
      }
      if (layer === 0) continue;
      const previousDelta = this.deltas[layer - 1]!;
      const tanh = this.activations[layer - 1] === 'tanh';
      for (let j = 0; j < inputSize; j++) {
        let sum = 0;
        for (let i = 0; i < delta.length; i++) sum += weights[i * inputSize + j]! * delta[i]!;
        const a = input[j]!;
        previousDelta[j] = sum * (tanh ? 1 - a * a : a * (1 - a));
      }
    }
  }
}

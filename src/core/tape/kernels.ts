import {
  ACTIVATION_FUNCTIONS,
  leakyRelu,
  leakyReluDerivative,
  relu,
  reluDerivative,
  sigmoidDerivative,
  tanh,
  tanhDerivative,
} from '../functions/activations';
import type { Rng } from '../rng';
import { sigmoid } from '../scalar';

/**
 * Index bounds, for every kernel in this file: the offsets and sizes come from one entry of
 * buildProgram, which lays out `values`, `derivatives` and `masks` with room for every slot an
 * entry names, and places each layer's weights and biases inside the parameterCount-long
 * `parameters` and `gradients`; so every `[…]!` below reads a slot that exists.
 */

/** z_i = b_i + Σ_j W_ij·x_j, with W row-major at `weightOffset` and b right after it. */
export function denseForward(
  values: Float64Array,
  parameters: Float64Array,
  inputOffset: number,
  outputOffset: number,
  weightOffset: number,
  inputSize: number,
  outputSize: number,
): void {
  const biasOffset = weightOffset + inputSize * outputSize;
  let row = weightOffset;
  // in range: outputSize rows of inputSize weights, then outputSize biases (layout note above)
  for (let neuron = 0; neuron < outputSize; neuron++) {
    let sum = parameters[biasOffset + neuron]!;
    for (let input = 0; input < inputSize; input++) {
      sum += parameters[row + input]! * values[inputOffset + input]!;
    }
    values[outputOffset + neuron] = sum;
    row += inputSize;
  }
}

/** ∂W_ij += ∂z_i·x_j and ∂b_i += ∂z_i; when `propagate`, ∂x_j = Σ_i W_ij·∂z_i (the weights before any update). */
export function denseBackward(
  values: Float64Array,
  derivatives: Float64Array,
  parameters: Float64Array,
  gradients: Float64Array,
  inputOffset: number,
  outputOffset: number,
  weightOffset: number,
  inputSize: number,
  outputSize: number,
  propagate: boolean,
): void {
  const biasOffset = weightOffset + inputSize * outputSize;
  if (propagate)
    for (let input = 0; input < inputSize; input++) derivatives[inputOffset + input] = 0;
  let row = weightOffset;
  // in range: outputSize rows of inputSize weights, then outputSize biases (layout note above)
  for (let neuron = 0; neuron < outputSize; neuron++) {
    const outputDerivative = derivatives[outputOffset + neuron]!;
    gradients[biasOffset + neuron]! += outputDerivative;
    if (propagate) {
      for (let input = 0; input < inputSize; input++) {
        gradients[row + input]! += outputDerivative * values[inputOffset + input]!;
        derivatives[inputOffset + input]! += parameters[row + input]! * outputDerivative;
      }
    } else {
      for (let input = 0; input < inputSize; input++) {
        gradients[row + input]! += outputDerivative * values[inputOffset + input]!;
      }
    }
    row += inputSize;
  }
}

// the entry codes of ACTIVATION_FUNCTIONS, one loop per code below (no branch inside a loop)
const SIGMOID = ACTIVATION_FUNCTIONS.sigmoid.code;
const TANH = ACTIVATION_FUNCTIONS.tanh.code;
const RELU = ACTIVATION_FUNCTIONS.relu.code;

/**
 * a = g(z) element-wise for an activation code of ACTIVATION_FUNCTIONS. Each loop calls that
 * entry's named function itself, so every call site sees one function and V8 inlines it.
 */
export function activationForward(
  values: Float64Array,
  kind: number,
  inputOffset: number,
  outputOffset: number,
  size: number,
): void {
  const end = outputOffset + size;
  let z = inputOffset;
  // in range: z and a are `size` slots each at their offsets (layout note above)
  if (kind === SIGMOID) for (let a = outputOffset; a < end; a++) values[a] = sigmoid(values[z++]!);
  else if (kind === TANH) for (let a = outputOffset; a < end; a++) values[a] = tanh(values[z++]!);
  else if (kind === RELU) for (let a = outputOffset; a < end; a++) values[a] = relu(values[z++]!);
  else for (let a = outputOffset; a < end; a++) values[a] = leakyRelu(values[z++]!);
}

/** ∂z = ∂a·g′(z, a), with g′ the entry's derivative from z and the stored output a (one loop per code). */
export function activationBackward(
  values: Float64Array,
  derivatives: Float64Array,
  kind: number,
  inputOffset: number,
  outputOffset: number,
  size: number,
): void {
  const end = outputOffset + size;
  let z = inputOffset;
  // in range: z and a are `size` slots each at their offsets (layout note above)
  if (kind === SIGMOID) {
    for (let a = outputOffset; a < end; a++, z++) {
      derivatives[z] = derivatives[a]! * sigmoidDerivative(values[a]!);
    }
  } else if (kind === TANH) {
    for (let a = outputOffset; a < end; a++, z++) {
      derivatives[z] = derivatives[a]! * tanhDerivative(values[a]!);
    }
  } else if (kind === RELU) {
    for (let a = outputOffset; a < end; a++, z++) {
      derivatives[z] = derivatives[a]! * reluDerivative(values[z]!);
    }
  } else {
    for (let a = outputOffset; a < end; a++, z++) {
      derivatives[z] = derivatives[a]! * leakyReluDerivative(values[z]!);
    }
  }
}

/** Inverted dropout: out = in·mask, where mask is 0 or 1/(1 − rate). Backward: ∂in = ∂out·mask. */
export function dropoutForward(
  values: Float64Array,
  masks: Float64Array,
  inputOffset: number,
  outputOffset: number,
  maskOffset: number,
  size: number,
): void {
  // in range: input, output and mask are `size` slots each at their offsets (layout note above)
  for (let index = 0; index < size; index++) {
    values[outputOffset + index] = values[inputOffset + index]! * masks[maskOffset + index]!;
  }
}

/** ∂in = ∂out·mask. */
export function dropoutBackward(
  derivatives: Float64Array,
  masks: Float64Array,
  inputOffset: number,
  outputOffset: number,
  maskOffset: number,
  size: number,
): void {
  // in range: input, output and mask are `size` slots each at their offsets (layout note above)
  for (let index = 0; index < size; index++) {
    derivatives[inputOffset + index] =
      derivatives[outputOffset + index]! * masks[maskOffset + index]!;
  }
}

/** mask_i = 1/(1 − rate) with probability 1 − rate, else 0, so E[mask_i] = 1. */
export function drawDropoutMask(
  masks: Float64Array,
  maskOffset: number,
  size: number,
  rate: number,
  rng: Rng,
): void {
  const keep = 1 / (1 - rate);
  for (let index = 0; index < size; index++) masks[maskOffset + index] = rng() < rate ? 0 : keep;
}

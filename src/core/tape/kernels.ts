import type { Rng } from '../rng';
import { LEAKY_SLOPE, sigmoid } from '../scalar';

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

/** Element-wise activation codes, shared by the forward and backward kernels. */
export const SIGMOID = 1;
export const TANH = 2;
export const RELU = 3;
export const LEAKY_RELU = 4;

/** a = g(z) element-wise for one of the activation codes above (one loop per code, no branch inside). */
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
  else if (kind === TANH)
    for (let a = outputOffset; a < end; a++) values[a] = Math.tanh(values[z++]!);
  else if (kind === RELU)
    for (let a = outputOffset; a < end; a++) values[a] = Math.max(values[z++]!, 0);
  else {
    for (let a = outputOffset; a < end; a++) {
      const input = values[z++]!;
      values[a] = input > 0 ? input : LEAKY_SLOPE * input;
    }
  }
}

/** ∂z = ∂a·g′, with g′ read from the stored output a: σ′ = a(1−a), tanh′ = 1−a², relu′ = [a>0]. */
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
    for (let a = outputOffset; a < end; a++) {
      const output = values[a]!;
      derivatives[z++] = derivatives[a]! * output * (1 - output);
    }
  } else if (kind === TANH) {
    for (let a = outputOffset; a < end; a++) {
      const output = values[a]!;
      derivatives[z++] = derivatives[a]! * (1 - output * output);
    }
  } else {
    const negativeSlope = kind === RELU ? 0 : LEAKY_SLOPE;
    for (let a = outputOffset; a < end; a++) {
      derivatives[z++] = values[a]! > 0 ? derivatives[a]! : derivatives[a]! * negativeSlope;
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

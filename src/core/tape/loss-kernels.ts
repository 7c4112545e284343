import {
  binaryCrossEntropyTerm,
  crossEntropyTotal,
  halfSquaredErrorTotal,
  predictionError,
  softmaxCrossEntropyGradient,
  softmaxCrossEntropyTerm,
  squaredErrorGradient,
  squaredErrorTerm,
  squaredErrorTotal,
} from '../functions/losses';
import { sigmoid } from '../scalar';

/** Loss codes, in the order of LOSSES in types.ts. */
export const HALF_SQUARED_ERROR = 0;
export const SQUARED_ERROR = 1;
export const BINARY_CROSS_ENTROPY = 2;
export const SOFTMAX_CROSS_ENTROPY = 3;

/**
 * Writes the prediction ŷ and returns the example loss ℓ; reads the output activations a
 * (squared errors) or the logits z (cross-entropies), which sit at `outputOffset`.
 * With `targetOffset` < 0 it only writes the prediction and returns 0. Each loop calls the
 * LOSS_FUNCTIONS entry's named functions itself, so V8 inlines them.
 */
export function lossForward(
  values: Float64Array,
  kind: number,
  outputOffset: number,
  predictionOffset: number,
  targetOffset: number,
  size: number,
): number {
  // in range: buildProgram gives the loss input, ŷ and y `size` slots each in `values`
  let loss = 0;
  if (kind === HALF_SQUARED_ERROR || kind === SQUARED_ERROR) {
    if (targetOffset < 0) return 0;
    for (let k = 0; k < size; k++) {
      loss += squaredErrorTerm(values[outputOffset + k]!, values[targetOffset + k]!);
    }
    return kind === HALF_SQUARED_ERROR
      ? halfSquaredErrorTotal(loss)
      : squaredErrorTotal(loss, size);
  }
  if (kind === BINARY_CROSS_ENTROPY) {
    for (let k = 0; k < size; k++) {
      const z = values[outputOffset + k]!;
      values[predictionOffset + k] = sigmoid(z);
      if (targetOffset >= 0) loss += binaryCrossEntropyTerm(z, values[targetOffset + k]!);
    }
    return crossEntropyTotal(loss);
  }
  let maximum = -Infinity;
  for (let k = 0; k < size; k++) maximum = Math.max(maximum, values[outputOffset + k]!);
  let total = 0;
  for (let k = 0; k < size; k++) {
    const exponential = Math.exp(values[outputOffset + k]! - maximum);
    values[predictionOffset + k] = exponential;
    total += exponential;
  }
  // log Σ_k e^{z_k}, shifted by the maximum so that no exponential overflows
  const logSum = maximum + Math.log(total);
  for (let k = 0; k < size; k++) {
    values[predictionOffset + k]! /= total;
    if (targetOffset >= 0) {
      loss += softmaxCrossEntropyTerm(values[outputOffset + k]!, values[targetOffset + k]!, logSum);
    }
  }
  return crossEntropyTotal(loss);
}

/**
 * Seeds the backward sweep: writes ∂ℓ/∂a (squared errors) or ∂ℓ/∂z (cross-entropies) at
 * `outputOffset` in `derivatives`, from the prediction and target stored by lossForward.
 */
export function lossBackward(
  values: Float64Array,
  derivatives: Float64Array,
  kind: number,
  outputOffset: number,
  predictionOffset: number,
  targetOffset: number,
  size: number,
): void {
  // in range: buildProgram gives ŷ and y `size` slots each in `values`, and the loss input
  // `size` slots in `derivatives` (as long as `values`)
  if (kind === HALF_SQUARED_ERROR || kind === BINARY_CROSS_ENTROPY) {
    // ∂ℓ/∂ŷ_k of ½Σ(ŷ − y)², and ∂ℓ/∂z_k of the binary cross-entropy: both ŷ_k − y_k
    for (let k = 0; k < size; k++) {
      derivatives[outputOffset + k] = predictionError(
        values[predictionOffset + k]!,
        values[targetOffset + k]!,
      );
    }
  } else if (kind === SQUARED_ERROR) {
    for (let k = 0; k < size; k++) {
      derivatives[outputOffset + k] = squaredErrorGradient(
        values[predictionOffset + k]!,
        values[targetOffset + k]!,
        size,
      );
    }
  } else {
    let targetSum = 0;
    for (let k = 0; k < size; k++) targetSum += values[targetOffset + k]!;
    for (let k = 0; k < size; k++) {
      derivatives[outputOffset + k] = softmaxCrossEntropyGradient(
        values[predictionOffset + k]!,
        values[targetOffset + k]!,
        targetSum,
      );
    }
  }
}

import { sigmoid, softplus } from '../scalar';

/** Loss codes, in the order of LOSSES in types.ts. */
export const HALF_SQUARED_ERROR = 0;
export const SQUARED_ERROR = 1;
export const BINARY_CROSS_ENTROPY = 2;
export const SOFTMAX_CROSS_ENTROPY = 3;

/**
 * Writes the prediction ŷ and returns the example loss ℓ; reads the output activations a
 * (squared errors) or the logits z (cross-entropies), which sit at `outputOffset`.
 * With `targetOffset` < 0 it only writes the prediction and returns 0.
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
      const error = values[outputOffset + k]! - values[targetOffset + k]!;
      loss += error * error;
    }
    // ½ Σ (ŷ − y)² or (1/K) Σ (ŷ − y)²
    return kind === HALF_SQUARED_ERROR ? 0.5 * loss : loss / size;
  }
  if (kind === BINARY_CROSS_ENTROPY) {
    for (let k = 0; k < size; k++) {
      const z = values[outputOffset + k]!;
      values[predictionOffset + k] = sigmoid(z);
      if (targetOffset < 0) continue;
      const y = values[targetOffset + k]!;
      // −[y log σ(z) + (1 − y) log(1 − σ(z))] = y·softplus(−z) + (1 − y)·softplus(z)
      loss += y * softplus(-z) + (1 - y) * softplus(z);
    }
    return loss;
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
    if (targetOffset >= 0) loss += values[targetOffset + k]! * (logSum - values[outputOffset + k]!);
  }
  return loss;
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
  if (kind === HALF_SQUARED_ERROR || kind === SQUARED_ERROR) {
    // ∂ℓ/∂ŷ_k = ŷ_k − y_k for ½Σ(ŷ − y)², and 2(ŷ_k − y_k)/K for the mean
    const scale = kind === HALF_SQUARED_ERROR ? 1 : 2 / size;
    for (let k = 0; k < size; k++) {
      derivatives[outputOffset + k] =
        scale * (values[predictionOffset + k]! - values[targetOffset + k]!);
    }
    return;
  }
  if (kind === BINARY_CROSS_ENTROPY) {
    // ∂ℓ/∂z_k = σ(z_k) − y_k
    for (let k = 0; k < size; k++) {
      derivatives[outputOffset + k] = values[predictionOffset + k]! - values[targetOffset + k]!;
    }
    return;
  }
  let targetSum = 0;
  for (let k = 0; k < size; k++) targetSum += values[targetOffset + k]!;
  // ∂/∂z_j of −Σ_k y_k log softmax(z)_k = softmax(z)_j·Σ_k y_k − y_j
  for (let k = 0; k < size; k++) {
    derivatives[outputOffset + k] =
      values[predictionOffset + k]! * targetSum - values[targetOffset + k]!;
  }
}

import type { NetworkSpec } from '../types';

/** Global L2 norm ‖g‖ = √(Σ g_i²) of the whole gradient; rescaled by max|g_i| when Σ g_i² overflows. */
export function gradientNorm(gradients: Float64Array): number {
  // every loop here runs index < gradients.length
  let sum = 0;
  for (let index = 0; index < gradients.length; index++)
    sum += gradients[index]! * gradients[index]!;
  if (sum !== Infinity) return Math.sqrt(sum);
  let largest = 0;
  for (let index = 0; index < gradients.length; index++) {
    largest = Math.max(largest, Math.abs(gradients[index]!));
  }
  if (largest === Infinity) return Infinity;
  // ‖g‖ = m·‖g/m‖ with m = max|g_i|, whose squares cannot overflow
  let scaledSum = 0;
  for (let index = 0; index < gradients.length; index++)
    scaledSum += (gradients[index]! / largest) ** 2;
  return largest * Math.sqrt(scaledSum);
}

/**
 * Clipping by global norm: when ‖g‖ > maximum, g ← g·maximum/‖g‖ (same direction, norm = maximum).
 * Returns the norm before clipping.
 */
export function clipGradients(gradients: Float64Array, maximum: number): number {
  const norm = gradientNorm(gradients);
  if (norm > maximum) {
    const scale = maximum / norm;
    // index < gradients.length
    for (let index = 0; index < gradients.length; index++) gradients[index]! *= scale;
  }
  return norm;
}

/**
 * Adds the weight penalties λ₁·Σ|w| + (λ₂/2)·Σw² to the gradient (λ₁·sign(w) + λ₂·w) and returns
 * the penalty. `weightMask` is 1 for weights and 0 for biases, which are not penalised.
 */
export function addWeightPenalties(
  parameters: Float64Array,
  gradients: Float64Array,
  weightMask: Float64Array,
  l1: number,
  l2: number,
): number {
  let absoluteSum = 0;
  let squareSum = 0;
  // index < parameters.length, which gradients and weightMask share (one entry per parameter)
  for (let index = 0; index < parameters.length; index++) {
    const w = parameters[index]! * weightMask[index]!;
    absoluteSum += Math.abs(w);
    squareSum += w * w;
    gradients[index]! += l1 * Math.sign(w) + l2 * w;
  }
  return l1 * absoluteSum + 0.5 * l2 * squareSum;
}

/** 1 at each weight and 0 at each bias, in the flat layout of flattenParameters. */
export function weightMask(spec: NetworkSpec): Float64Array {
  const mask: number[] = [];
  let inputSize = spec.inputSize;
  for (const layer of spec.layers) {
    for (let index = 0; index < layer.size * inputSize; index++) mask.push(1);
    for (let index = 0; index < layer.size; index++) mask.push(0);
    inputSize = layer.size;
  }
  return Float64Array.from(mask);
}

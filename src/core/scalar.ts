/**
 * Numerically stable scalar functions shared by the graph and the tape.
 * Each is finite for every finite input, including |z| = 1000.
 */

/** σ(z) = 1 / (1 + e^−z), evaluated so that e^x never overflows. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** softplus(z) = log(1 + e^z) = max(z, 0) + log(1 + e^−|z|). Its derivative is σ(z). */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** Slope of leaky ReLU for z ≤ 0. */
export const LEAKY_SLOPE = 0.01;

import { ConfigurationError } from '../../../core/errors';
import type { NetworkParameters } from '../../../core/types';

/**
 * ‖∂J/∂W_l‖₂ = √(Σ_ij (∂J/∂w_ij)²) for each layer l's weight matrix (biases left out), first
 * hidden layer first. Rescaled by the largest entry when the sum of squares overflows.
 */
export function layerWeightNorms(gradients: NetworkParameters): number[] {
  return gradients.map(({ weights }) => {
    let largest = 0;
    for (const row of weights)
      for (const value of row) largest = Math.max(largest, Math.abs(value));
    if (largest === 0 || !Number.isFinite(largest)) return largest;
    // ‖g‖ = m·‖g/m‖ with m = max|g_ij|, whose squares cannot overflow
    let scaledSum = 0;
    for (const row of weights) for (const value of row) scaledSum += (value / largest) ** 2;
    return largest * Math.sqrt(scaledSum);
  });
}

/** How the first layer's gradient norm compares with the last one's, rounded for a sentence. */
export type NormComparison =
  /** The first is `denominator` times smaller: it gets 1/denominator of the last one's norm. */
  | { kind: 'smaller'; denominator: number }
  /** The first is `factor` times larger (exploding towards the input). */
  | { kind: 'larger'; factor: number }
  /** Within a factor 1.5 of each other. */
  | { kind: 'similar' }
  /** A norm is zero or not finite: no ratio to speak of. */
  | { kind: 'undefined' };

/** Ratios closer to 1 than this factor read as "about the same". */
export const SIMILAR_FACTOR = 1.5;

/** x rounded to two significant digits, and to a whole number below 10 (1/3, 1/37, 1/400, 1/1 200). */
export function roundRatio(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) {
    throw new ConfigurationError('ratio', `must be a finite number > 0, got ${String(x)}`);
  }
  if (x < 10) return Math.round(x);
  const unit = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / unit) * unit;
}

/** Compares ‖∂J/∂W_1‖ with ‖∂J/∂W_L‖ through the ratio first/last. */
export function compareFirstToLast(norms: readonly number[]): NormComparison {
  if (norms.length < 2) throw new ConfigurationError('norms', 'needs at least two layers');
  const first = norms[0]!; // two or more norms (checked just above): the first and last exist
  const last = norms[norms.length - 1]!;
  const ratio = first / last;
  if (!(first > 0) || !(last > 0) || !Number.isFinite(ratio) || ratio === 0) {
    return { kind: 'undefined' };
  }
  if (ratio < 1 / SIMILAR_FACTOR) return { kind: 'smaller', denominator: roundRatio(1 / ratio) };
  if (ratio > SIMILAR_FACTOR) return { kind: 'larger', factor: roundRatio(ratio) };
  return { kind: 'similar' };
}

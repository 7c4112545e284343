import { compareFirstToLast } from './gradient-norms';
import type { NormComparison } from './gradient-norms';
import type { VanishingRun } from './vanishing';

/** A layer norm above this (with the experiment's η) moves weights by whole units per step. */
export const EXPLODING_NORM = 10;

/** What one activation's gradients look like at one step, for the sentence under the plot. */
export type StepVerdict =
  /** Training stopped at `step`: the loss, a gradient or a weight went non-finite. */
  | { kind: 'diverged'; step: number }
  /** Some layer's norm exceeds EXPLODING_NORM; `largest` is the biggest layer norm. */
  | { kind: 'exploding'; largest: number }
  /** The first layer gets no gradient at all (every ReLU of some layer is off: dead units). */
  | { kind: 'noGradient' }
  | NormComparison;

/**
 * The verdict for step `step` (1-based) of a run: divergence first, then exploding norms, then how
 * the first layer's norm compares with the last one's.
 */
export function stepVerdict(run: VanishingRun, step: number): StepVerdict {
  if (run.divergedAt !== null && step >= run.divergedAt) {
    return { kind: 'diverged', step: run.divergedAt };
  }
  const norms = run.norms[Math.min(step, run.norms.length) - 1];
  if (!norms) return { kind: 'undefined' };
  const largest = Math.max(...norms);
  if (largest > EXPLODING_NORM) return { kind: 'exploding', largest };
  if (norms[0] === 0) return { kind: 'noGradient' };
  return compareFirstToLast(norms);
}

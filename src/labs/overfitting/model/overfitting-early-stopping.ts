import { ConfigurationError } from '../../../core/errors';

/** The lowest validation loss seen so far and the step where it was seen. */
export interface BestEvaluation {
  step: number;
  loss: number;
}

/** What one evaluation did to the record. */
export interface EarlyStoppingVerdict {
  /** The loss is strictly below every earlier one: it becomes the new best. */
  improved: boolean;
  /** Early stopping asks to stop here: `patience` steps passed since the best without improving. */
  stop: boolean;
  best: BestEvaluation;
}

/** Checks that patience is a whole number of evaluations, at least one. */
export function validatePatience(patience: number, interval: number): void {
  if (!Number.isInteger(interval) || interval < 1) {
    throw new ConfigurationError('evaluationInterval', 'must be an integer ≥ 1');
  }
  if (!Number.isInteger(patience) || patience < interval || patience % interval !== 0) {
    throw new ConfigurationError('patience', `must be a positive multiple of ${interval} steps`);
  }
}

/**
 * The early-stopping rule with patience: after an evaluation at `step` with validation loss
 * `loss`, keep the best (strictly lower wins) and stop once step − best.step ≥ patience. With
 * evaluations every `interval` steps that is exactly patience/interval evaluations after the best.
 */
export function observeEvaluation(
  best: BestEvaluation | null,
  step: number,
  loss: number,
  patience: number,
): EarlyStoppingVerdict {
  if (best === null || loss < best.loss) {
    return { improved: true, stop: false, best: { step, loss } };
  }
  return { improved: false, stop: step - best.step >= patience, best };
}

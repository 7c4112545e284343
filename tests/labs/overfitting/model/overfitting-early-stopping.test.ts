// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { observeEvaluation } from '../../../../src/labs/overfitting/model/overfitting-early-stopping';
import type { BestEvaluation } from '../../../../src/labs/overfitting/model/overfitting-early-stopping';

/** Feeds losses evaluated every 10 steps; returns the step where the rule stops, or null. */
function stopStep(
  losses: number[],
  patience: number,
): { stop: number | null; best: BestEvaluation | null } {
  let best: BestEvaluation | null = null;
  for (const [index, loss] of losses.entries()) {
    const verdict = observeEvaluation(best, index * 10, loss, patience);
    best = verdict.best;
    if (verdict.stop) return { stop: index * 10, best };
  }
  return { stop: null, best };
}

describe('observeEvaluation', () => {
  const losses = [0.9, 0.5, 0.4, 0.45, 0.4, 0.6, 0.7, 0.8, 0.3];

  it('stops patience steps after the lowest loss; a tie is not an improvement', () => {
    // lowest 0.4 at step 20; the tie at step 40 does not reset the count
    expect(stopStep(losses, 30)).toEqual({ stop: 50, best: { step: 20, loss: 0.4 } });
    expect(stopStep(losses, 50)).toEqual({ stop: 70, best: { step: 20, loss: 0.4 } });
  });

  it('never stops when the loss improves before patience runs out', () => {
    expect(stopStep(losses, 60)).toEqual({ stop: null, best: { step: 80, loss: 0.3 } });
  });

  it('takes the first evaluation as the best and ignores NaN', () => {
    const first = observeEvaluation(null, 0, 1, 10);
    expect(first).toEqual({ improved: true, stop: false, best: { step: 0, loss: 1 } });
    const nan = observeEvaluation(first.best, 10, Number.NaN, 10);
    expect(nan).toEqual({ improved: false, stop: true, best: { step: 0, loss: 1 } });
  });
});

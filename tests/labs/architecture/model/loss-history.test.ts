import { describe, expect, it } from 'vitest';
import {
  createLossHistory,
  LOSS_HISTORY_CAPACITY,
  recordLoss,
} from '../../../../src/labs/architecture/model/loss-history';

describe('the loss history', () => {
  it('keeps every measurement until it fills, then every other one', () => {
    const history = createLossHistory();
    for (let step = 0; step <= LOSS_HISTORY_CAPACITY; step++)
      recordLoss(history, step, 1 / (step + 1), null);
    expect(history.steps.length).toBeLessThanOrEqual(LOSS_HISTORY_CAPACITY);
    expect(history.stride).toBe(2);
    expect(history.steps[0]).toBe(0);
    expect(history.steps[1]).toBe(2);
    expect(history.trainLoss[1]).toBe(1 / 3);
    expect(history.testLoss.every(Number.isNaN)).toBe(true);
    // after halving, a step closer than the stride to the last point is skipped
    const before = history.steps.length;
    const last = history.steps.at(-1)!;
    recordLoss(history, last + 1, 0.1, 0.2);
    expect(history.steps.length).toBe(before);
    recordLoss(history, last + 2, 0.1, 0.2);
    expect(history.steps.at(-1)).toBe(last + 2);
    expect(history.testLoss.at(-1)).toBe(0.2);
  });

  it('starts again when the step goes back (a reset)', () => {
    const history = createLossHistory();
    recordLoss(history, 0, 0.7, 0.8);
    recordLoss(history, 5, 0.5, 0.6);
    recordLoss(history, 0, 0.7, 0.8);
    expect(history.steps).toEqual([0]);
    expect(history.stride).toBe(1);
  });
});

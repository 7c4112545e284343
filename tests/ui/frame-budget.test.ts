import { describe, expect, it } from 'vitest';
import { LATE_FRAME_MS, MIN_TRAINING_MS, nextTrainingBudget } from '../../src/ui/frame-budget';
import { FRAME_BUDGET_MS } from '../../src/store/auto-speed';

const ON_TIME = 1000 / 60;

describe('the training share of a frame at maximum speed', () => {
  it('halves after a late frame, never below the minimum', () => {
    expect(nextTrainingBudget(8, LATE_FRAME_MS + 1)).toBe(4);
    let budget = FRAME_BUDGET_MS;
    for (let frame = 0; frame < 20; frame++) budget = nextTrainingBudget(budget, 50);
    expect(budget).toBe(MIN_TRAINING_MS);
  });

  it('grows back slowly after frames on time, never above FRAME_BUDGET_MS', () => {
    expect(nextTrainingBudget(2, ON_TIME)).toBeCloseTo(2.1, 10);
    let budget = MIN_TRAINING_MS;
    for (let frame = 0; frame < 1000; frame++) budget = nextTrainingBudget(budget, ON_TIME);
    expect(budget).toBe(FRAME_BUDGET_MS);
  });

  it('counts a frame as late only past one and a half 60 Hz periods', () => {
    expect(nextTrainingBudget(4, LATE_FRAME_MS)).toBeGreaterThan(4);
    expect(nextTrainingBudget(4, 2 * ON_TIME)).toBe(2);
  });
});

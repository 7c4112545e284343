import { describe, expect, it } from 'vitest';
import {
  clampToDomain,
  distanceToMinimum,
  RACE_MINIMUM,
  RACE_START,
  raceGrid,
  raceLoss,
} from '../../../../src/labs/optimizer-race/model/race-surface';

describe('race surface constants', () => {
  it('puts the minimum at (1, 1): distances measured from there by hand', () => {
    expect(RACE_MINIMUM).toEqual({ w1: 1, w2: 1 });
    expect(distanceToMinimum({ w1: 1, w2: 1 })).toBe(0);
    // (4, 5) − (1, 1) = (3, 4): a 3-4-5 triangle
    expect(distanceToMinimum({ w1: 4, w2: 5 })).toBe(5);
  });

  it('starts on the far side of the valley (w₁ < 0, the minimum has w₁ = 1), inside the domain', () => {
    expect(Number.isFinite(RACE_START.w1) && Number.isFinite(RACE_START.w2)).toBe(true);
    expect(RACE_START.w1).toBeLessThan(0);
    expect(clampToDomain(RACE_START)).toEqual(RACE_START);
    // high: above J(0, 0) = 1
    expect(raceLoss(RACE_START)).toBeGreaterThan(1);
  });
});

describe('raceGrid', () => {
  it('samples every cell centre of [−2, 2] × [−1, 3], cells of side 4/size', () => {
    const size = 8; // side 0.5, so (c + ½)·side differs from (c + ½)/side
    const grid = raceGrid(size);
    expect(grid).toHaveLength(size * size);
    for (let row = 0; row < size; row++) {
      for (let column = 0; column < size; column++) {
        const w1 = -2 + (column + 0.5) * 0.5;
        const w2 = -1 + (row + 0.5) * 0.5;
        expect(grid[column + row * size]).toBe((1 - w1) ** 2 + 10 * (w2 - w1 * w1) ** 2);
      }
    }
  });
});

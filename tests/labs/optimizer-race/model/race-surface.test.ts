import { describe, expect, it } from 'vitest';
import {
  clampToDomain,
  distanceToMinimum,
  RACE_DOMAIN,
  RACE_MINIMUM,
  RACE_WALL,
  raceGradient,
  raceGrid,
  raceLoss,
} from '../../../../src/labs/optimizer-race/model/race-surface';
import { createRng } from '../../../../src/core/rng';

/** Central difference (J(θ + h·e) − J(θ − h·e)) / 2h along each axis. */
function numericGradient(w1: number, w2: number, h = 1e-6) {
  return {
    w1: (raceLoss({ w1: w1 + h, w2 }) - raceLoss({ w1: w1 - h, w2 })) / (2 * h),
    w2: (raceLoss({ w1, w2: w2 + h }) - raceLoss({ w1, w2: w2 - h })) / (2 * h),
  };
}

describe('the race surface', () => {
  it('is Rosenbrock with wall factor b, zero only at (1, 1)', () => {
    expect(raceLoss(RACE_MINIMUM)).toBe(0);
    // by hand at (0, 0): (1 − 0)² + b·0² = 1; at (−1, 2): 4 + b·1
    expect(raceLoss({ w1: 0, w2: 0 })).toBe(1);
    expect(raceLoss({ w1: -1, w2: 2 })).toBe(4 + RACE_WALL);
    expect(raceLoss({ w1: 1.01, w2: 1 })).toBeGreaterThan(0);
  });

  it('has the exact gradient: central differences agree at random points', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 200; trial++) {
      const w1 = -2 + 4 * rng();
      const w2 = -1 + 4 * rng();
      const exact = raceGradient({ w1, w2 });
      const numeric = numericGradient(w1, w2);
      expect(exact.w1).toBeCloseTo(numeric.w1, 4);
      expect(exact.w2).toBeCloseTo(numeric.w2, 4);
    }
    const atMinimum = raceGradient(RACE_MINIMUM);
    expect(Math.abs(atMinimum.w1) + Math.abs(atMinimum.w2)).toBe(0);
  });

  it('measures the distance to the minimum and clamps points into the domain', () => {
    expect(distanceToMinimum({ w1: 4, w2: 5 })).toBeCloseTo(5, 12);
    expect(clampToDomain({ w1: -9, w2: 9 })).toEqual({
      w1: RACE_DOMAIN.w1.min,
      w2: RACE_DOMAIN.w2.max,
    });
    expect(clampToDomain({ w1: 0.5, w2: 0.25 })).toEqual({ w1: 0.5, w2: 0.25 });
  });

  it('samples the grid row by row from the bottom-left cell centre', () => {
    const size = 4;
    const grid = raceGrid(size);
    expect(grid).toHaveLength(16);
    const width = (RACE_DOMAIN.w1.max - RACE_DOMAIN.w1.min) / size;
    const height = (RACE_DOMAIN.w2.max - RACE_DOMAIN.w2.min) / size;
    const cell = (column: number, row: number) =>
      raceLoss({
        w1: RACE_DOMAIN.w1.min + (column + 0.5) * width,
        w2: RACE_DOMAIN.w2.min + (row + 0.5) * height,
      });
    expect(grid[0]).toBe(cell(0, 0));
    expect(grid[1 + 2 * size]).toBe(cell(1, 2));
  });
});

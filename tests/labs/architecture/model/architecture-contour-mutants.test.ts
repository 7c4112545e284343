import { describe, expect, it } from 'vitest';
import {
  SEGMENT_STRIDE,
  contourCapacity,
  contourSegments,
} from '../../../../src/labs/architecture/model/architecture-contour';

/** The segments of a 2×2 grid [topLeft, topRight, bottomLeft, bottomRight] as [x₀, y₀, x₁, y₁] lists. */
function segments(grid: number[], level: number): number[][] {
  const out = new Float64Array(contourCapacity(2));
  const count = contourSegments(Float64Array.from(grid), 2, level, out);
  return Array.from({ length: count }, (_, index) =>
    Array.from(out.slice(index * SEGMENT_STRIDE, (index + 1) * SEGMENT_STRIDE)),
  );
}

describe('contourCapacity', () => {
  it('is two segments of four numbers for each of the (n − 1)² squares', () => {
    expect(contourCapacity(2)).toBe(2 * 1 * 4);
    expect(contourCapacity(3)).toBe(2 * 2 * 2 * 4);
    expect(contourCapacity(5)).toBe(2 * 4 * 4 * 4);
  });
});

describe('contourSegments', () => {
  it('counts a corner exactly at the level as inside (value ≥ level)', () => {
    // one corner at the level, the rest below: the line touches that corner, one segment
    for (const corner of [0, 1, 2, 3]) {
      const grid = [0, 0, 0, 0];
      grid[corner] = 0.5;
      expect(segments(grid, 0.5)).toHaveLength(1);
    }
    // all at the level: everything inside, no line
    expect(segments([0.5, 0.5, 0.5, 0.5], 0.5)).toHaveLength(0);
  });

  it('cuts off the two low corners of a saddle, with crossings at the edge midpoints', () => {
    // high top-right and bottom-left; low top-left and bottom-right
    const lowCornersTLandBR = segments([0, 1, 1, 0], 0.5);
    expect(lowCornersTLandBR).toEqual([
      [0, 0.5, 0.5, 0], // around the top-left corner
      [0.5, 1, 1, 0.5], // around the bottom-right corner
    ]);
    // high top-left and bottom-right; low top-right and bottom-left
    const lowCornersTRandBL = segments([1, 0, 0, 1], 0.5);
    expect(lowCornersTRandBL).toEqual([
      [0.5, 0, 1, 0.5], // around the top-right corner
      [0, 0.5, 0.5, 1], // around the bottom-left corner
    ]);
  });
});

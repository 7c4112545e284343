import { ConfigurationError } from '../../../core/errors';

/** Floats per segment in a contour buffer: x₀, y₀, x₁, y₁ in cell-centre units. */
export const SEGMENT_STRIDE = 4;

/** Room for every segment marching squares can produce on a resolution² grid (≤ 2 per square). */
export function contourCapacity(resolution: number): number {
  return 2 * (resolution - 1) * (resolution - 1) * SEGMENT_STRIDE;
}

/** Where the level is crossed on the edge from value a to value b, as a fraction of the edge. */
function crossing(a: number, b: number, level: number): number {
  return a === b ? 0.5 : (level - a) / (b - a);
}

/** Writes segment `index` into `out` and returns the next index. */
function emit(out: Float64Array, index: number, x0: number, y0: number, x1: number, y1: number) {
  const base = index * SEGMENT_STRIDE;
  out[base] = x0;
  out[base + 1] = y0;
  out[base + 2] = x1;
  out[base + 3] = y1;
  return index + 1;
}

/**
 * Marching squares: the iso-line grid = level as straight segments, written into `out`
 * (x = column, y = row, both at cell centres; see SEGMENT_STRIDE). Returns the number of segments.
 * Allocates nothing; `grid` must hold resolution² values and `out` contourCapacity(resolution).
 */
export function contourSegments(
  grid: Float64Array,
  resolution: number,
  level: number,
  out: Float64Array,
): number {
  if (grid.length < resolution * resolution) {
    throw new ConfigurationError('resolution', 'needs resolution² grid cells');
  }
  let count = 0;
  // row + 1 and column + 1 are < resolution, so every corner index is < resolution² ≤ grid.length
  for (let row = 0; row < resolution - 1; row++) {
    for (let column = 0; column < resolution - 1; column++) {
      const topLeft = grid[row * resolution + column]!;
      const topRight = grid[row * resolution + column + 1]!;
      const bottomRight = grid[(row + 1) * resolution + column + 1]!;
      const bottomLeft = grid[(row + 1) * resolution + column]!;
      const code =
        (topLeft >= level ? 8 : 0) |
        (topRight >= level ? 4 : 0) |
        (bottomRight >= level ? 2 : 0) |
        (bottomLeft >= level ? 1 : 0);
      if (code === 0 || code === 15) continue;
      const topX = column + crossing(topLeft, topRight, level);
      const bottomX = column + crossing(bottomLeft, bottomRight, level);
      const leftY = row + crossing(topLeft, bottomLeft, level);
      const rightY = row + crossing(topRight, bottomRight, level);
      const right = column + 1;
      const bottom = row + 1;
      switch (code) {
        case 1:
        case 14:
          count = emit(out, count, column, leftY, bottomX, bottom);
          break;
        case 2:
        case 13:
          count = emit(out, count, bottomX, bottom, right, rightY);
          break;
        case 3:
        case 12:
          count = emit(out, count, column, leftY, right, rightY);
          break;
        case 4:
        case 11:
          count = emit(out, count, topX, row, right, rightY);
          break;
        case 6:
        case 9:
          count = emit(out, count, topX, row, bottomX, bottom);
          break;
        case 7:
        case 8:
          count = emit(out, count, column, leftY, topX, row);
          break;
        case 5:
          count = emit(out, count, column, leftY, topX, row);
          count = emit(out, count, bottomX, bottom, right, rightY);
          break;
        case 10:
          count = emit(out, count, topX, row, right, rightY);
          count = emit(out, count, column, leftY, bottomX, bottom);
          break;
      }
    }
  }
  return count;
}

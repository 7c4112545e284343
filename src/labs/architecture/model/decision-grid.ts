import { ConfigurationError } from '../../../core/errors';
import type { Example } from '../../../core/types';
import { DEFAULT_FEATURES, FEATURES, writeFeatures } from './features';
import type { FeatureName } from './features';

/** A rectangle of the input plane (x₁ across, x₂ up). */
export interface GridBounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Anything that maps an input x to the network's output ŷ (a Trainer does). */
export interface Predictor {
  predict(input: ArrayLike<number>, inputOffset?: number): ArrayLike<number>;
}

/** The plane drawn for the lesson and logic sets, whose points lie in [0, 1]². */
export const UNIT_SQUARE_BOUNDS: Readonly<GridBounds> = Object.freeze({
  xMin: -0.25,
  xMax: 1.25,
  yMin: -0.25,
  yMax: 1.25,
});

/** Reused input vector (room for every feature), so filling a grid allocates nothing. */
const cellInput = new Float64Array(FEATURES.length);

/**
 * The centre of cell (row, column) of a resolution × resolution grid over `bounds`; row 0 is the
 * top (largest x₂), so the grid is laid out like the pixels of an image.
 */
export function cellCentre(
  resolution: number,
  bounds: GridBounds,
  row: number,
  column: number,
): [number, number] {
  const width = (bounds.xMax - bounds.xMin) / resolution;
  const height = (bounds.yMax - bounds.yMin) / resolution;
  return [bounds.xMin + (column + 0.5) * width, bounds.yMax - (row + 0.5) * height];
}

/**
 * Writes ŷ(φ(x)) at every cell centre x into grid[row·resolution + column] (see cellCentre), φ the
 * chosen features, and returns the share of cells with ŷ ≥ 0.5, the part of the plane predicted as
 * class 1. Allocates nothing.
 */
export function fillDecisionGrid(
  trainer: Predictor,
  grid: Float64Array,
  resolution: number,
  bounds: GridBounds,
  features: readonly FeatureName[] = DEFAULT_FEATURES,
): number {
  if (!Number.isInteger(resolution) || resolution < 2 || grid.length < resolution * resolution) {
    throw new ConfigurationError('resolution', 'needs an integer ≥ 2 and resolution² grid cells');
  }
  const width = (bounds.xMax - bounds.xMin) / resolution;
  const height = (bounds.yMax - bounds.yMin) / resolution;
  let classOne = 0;
  // ŷ of the lab's binary classifiers has one entry (their output layer is one sigmoid unit)
  for (let row = 0; row < resolution; row++) {
    const x2 = bounds.yMax - (row + 0.5) * height;
    for (let column = 0; column < resolution; column++) {
      writeFeatures(features, bounds.xMin + (column + 0.5) * width, x2, cellInput);
      const output = trainer.predict(cellInput)[0]!;
      grid[row * resolution + column] = output;
      if (output >= 0.5) classOne++;
    }
  }
  return classOne / (resolution * resolution);
}

/**
 * A square around the data: [−0.25, 1.25]² for sets inside the unit square (lesson, AND, OR,
 * XOR), otherwise [−m, m]² with m the largest |coordinate| plus a margin, rounded up to 0.25.
 */
export function datasetBounds(examples: readonly Example[]): GridBounds {
  const inUnitSquare = examples.every(({ input }) =>
    input.every((value) => value >= 0 && value <= 1),
  );
  if (inUnitSquare) return { ...UNIT_SQUARE_BOUNDS };
  let largest = 1;
  for (const { input } of examples) {
    for (const value of input) largest = Math.max(largest, Math.abs(value));
  }
  const half = Math.ceil((largest + 0.1) * 4) / 4;
  return { xMin: -half, xMax: half, yMin: -half, yMax: half };
}

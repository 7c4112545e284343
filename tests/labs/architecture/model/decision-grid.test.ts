import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../../src/core/data/datasets';
import {
  contourCapacity,
  contourSegments,
  SEGMENT_STRIDE,
} from '../../../../src/labs/architecture/model/architecture-contour';
import { buildArchitectureSpec } from '../../../../src/labs/architecture/model/architecture';
import {
  datasetBounds,
  fillDecisionGrid,
  UNIT_SQUARE_BOUNDS,
} from '../../../../src/labs/architecture/model/decision-grid';
import { createRng } from '../../../../src/core/rng';
import { initializeParameters } from '../../../../src/core/training/initialization';
import { createTrainer } from '../../../../src/core/training/trainer';
import type { NetworkParameters } from '../../../../src/core/types';

const spec = buildArchitectureSpec({
  features: ['x1', 'x2'],
  widths: [8, 8],
  activations: ['tanh', 'relu'],
});
const parameters = initializeParameters(spec, { scheme: 'uniform', seed: 7, range: 1.5 });
const trainer = createTrainer(spec, parameters, createDataset('circle').train, {
  learningRate: 0.1,
  optimizer: { name: 'sgd' },
  batchSize: 10,
  seed: 1,
});

/** An independent forward pass from the plain parameters: tanh, relu, then σ. */
function forward(weights: NetworkParameters, input: number[]): number {
  const activations = [Math.tanh, (z: number) => Math.max(0, z)];
  let values = input;
  weights.forEach((layer, index) => {
    const z = layer.weights.map(
      (row, i) => row.reduce((s, w, j) => s + w * values[j]!, 0) + layer.biases[i]!,
    );
    values =
      index < activations.length
        ? z.map(activations[index]!)
        : z.map((v) => 1 / (1 + Math.exp(-v)));
  });
  return values[0]!;
}

describe('fillDecisionGrid', () => {
  const resolution = 16;
  const bounds = { xMin: -1.5, xMax: 1.5, yMin: -1, yMax: 2 };
  const grid = new Float64Array(resolution * resolution);
  const share = fillDecisionGrid(trainer, grid, resolution, bounds);

  it('equals predict() at every cell centre, row 0 at the top', () => {
    for (let row = 0; row < resolution; row++) {
      for (let column = 0; column < resolution; column++) {
        const x = -1.5 + ((column + 0.5) * 3) / resolution;
        const y = 2 - ((row + 0.5) * 3) / resolution;
        expect(grid[row * resolution + column]).toBe(trainer.predict([x, y])[0]);
      }
    }
  });

  it('agrees with a forward pass written out by hand', () => {
    const x = -1.5 + (3.5 * 3) / resolution;
    const y = 2 - (10.5 * 3) / resolution;
    expect(grid[10 * resolution + 3]).toBeCloseTo(forward(trainer.parameters(), [x, y]), 12);
  });

  it('returns the share of cells predicted as class 1', () => {
    const count = grid.filter((value) => value >= 0.5).length;
    expect(share).toBe(count / grid.length);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
  });

  it('rejects a grid too small for the resolution', () => {
    expect(() => fillDecisionGrid(trainer, new Float64Array(10), 4, bounds)).toThrow(/resolution/);
  });
});

describe('datasetBounds', () => {
  it('uses [−0.25, 1.25]² for the lesson and logic sets', () => {
    for (const name of ['lesson', 'and', 'or', 'xor'] as const) {
      expect(datasetBounds(createDataset(name).train)).toEqual(UNIT_SQUARE_BOUNDS);
    }
  });

  it('holds every point of the 2-D sets, even with heavy noise', () => {
    for (const name of ['circle', 'twoGaussians', 'spiral'] as const) {
      const { train, test } = createDataset(name, { noise: 0.6, seed: 3 });
      const bounds = datasetBounds([...train, ...test]);
      for (const { input } of [...train, ...test]) {
        expect(input[0]).toBeGreaterThan(bounds.xMin);
        expect(input[0]).toBeLessThan(bounds.xMax);
        expect(input[1]).toBeGreaterThan(bounds.yMin);
        expect(input[1]).toBeLessThan(bounds.yMax);
      }
    }
  });
});

describe('contourSegments', () => {
  /** Value along an edge between two neighbouring cells, interpolated linearly. */
  function valueAt(grid: Float64Array, resolution: number, x: number, y: number): number {
    const column = Math.floor(x);
    const row = Math.floor(y);
    const at = (r: number, c: number) =>
      grid[Math.min(r, resolution - 1) * resolution + Math.min(c, resolution - 1)]!;
    if (x === column) return at(row, column) + (y - row) * (at(row + 1, column) - at(row, column));
    return at(row, column) + (x - column) * (at(row, column + 1) - at(row, column));
  }

  it('puts every endpoint on a cell edge where the interpolated value is the level', () => {
    const rng = createRng(5);
    const resolution = 12;
    const grid = Float64Array.from({ length: resolution ** 2 }, () => rng());
    const out = new Float64Array(contourCapacity(resolution));
    const count = contourSegments(grid, resolution, 0.5, out);
    expect(count).toBeGreaterThan(10);
    for (let index = 0; index < count * SEGMENT_STRIDE; index += 2) {
      const x = out[index]!;
      const y = out[index + 1]!;
      expect(Number.isInteger(x) || Number.isInteger(y)).toBe(true);
      expect(valueAt(grid, resolution, x, y)).toBeCloseTo(0.5, 12);
    }
  });

  it('draws a straight line through a linear ramp and nothing on a flat grid', () => {
    const resolution = 9;
    // value = column / 8, so 0.5 is crossed at x = 4 on every row
    const ramp = Float64Array.from(
      { length: resolution ** 2 },
      (_, cell) => (cell % resolution) / 8,
    );
    const out = new Float64Array(contourCapacity(resolution));
    const count = contourSegments(ramp, resolution, 0.5 + 1e-9, out);
    expect(count).toBe(resolution - 1);
    for (let index = 0; index < count * SEGMENT_STRIDE; index += 2) {
      expect(out[index]).toBeCloseTo(4, 6);
    }
    expect(contourSegments(new Float64Array(resolution ** 2).fill(0.9), resolution, 0.5, out)).toBe(
      0,
    );
  });

  it('rejects a grid with fewer than resolution² cells', () => {
    const out = new Float64Array(contourCapacity(3));
    expect(contourSegments(new Float64Array(9).fill(0.9), 3, 0.5, out)).toBe(0);
    expect(() => contourSegments(new Float64Array(8), 3, 0.5, out)).toThrow(
      /resolution: needs resolution² grid cells/,
    );
  });
});

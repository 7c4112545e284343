import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/core/errors';
import {
  cellCentre,
  datasetBounds,
  fillDecisionGrid,
  UNIT_SQUARE_BOUNDS,
  type Predictor,
} from '../../../../src/labs/architecture/model/decision-grid';
import type { Example } from '../../../../src/core/types';

/** A predictor ŷ = f(x₁, x₂) that records every input it is asked about. */
function recorder(f: (x1: number, x2: number) => number) {
  const inputs: [number, number][] = [];
  const predictor: Predictor = {
    predict(input) {
      inputs.push([input[0]!, input[1]!]);
      return [f(input[0]!, input[1]!)];
    },
  };
  return { predictor, inputs };
}

const bounds = { xMin: -1, xMax: 1, yMin: 0.5, yMax: 2.5 };

describe('cellCentre', () => {
  it('is the centre of the cell, row 0 at the top: (xMin + (c + ½)·Δx, yMax − (r + ½)·Δy)', () => {
    // 4 × 4 over [−1, 1] × [0.5, 2.5]: Δx = Δy = 0.5
    expect(cellCentre(4, bounds, 0, 0)).toEqual([-0.75, 2.25]);
    expect(cellCentre(4, bounds, 3, 3)).toEqual([0.75, 0.75]);
    expect(cellCentre(4, bounds, 1, 2)).toEqual([0.25, 1.75]);
  });
});

describe('fillDecisionGrid, cell by cell', () => {
  it('asks for ŷ once per cell, at each cell centre, and stores it at row·resolution + column', () => {
    const resolution = 4;
    const { predictor, inputs } = recorder((x1, x2) => x1 + 10 * x2);
    const grid = new Float64Array(resolution * resolution + 4).fill(-99);
    fillDecisionGrid(predictor, grid, resolution, bounds);
    expect(inputs).toHaveLength(resolution * resolution);
    for (let row = 0; row < resolution; row++) {
      for (let column = 0; column < resolution; column++) {
        const x1 = -1 + (column + 0.5) * 0.5;
        const x2 = 2.5 - (row + 0.5) * 0.5;
        expect(inputs[row * resolution + column]).toEqual([x1, x2]);
        expect(grid[row * resolution + column]).toBe(x1 + 10 * x2);
      }
    }
    // cells past resolution² are left alone
    expect(Array.from(grid.subarray(resolution * resolution))).toEqual([-99, -99, -99, -99]);
  });

  it('counts ŷ = 0.5 exactly as class 1', () => {
    const { predictor } = recorder(() => 0.5);
    expect(fillDecisionGrid(predictor, new Float64Array(9), 3, bounds)).toBe(1);
  });

  it('counts the share over exactly resolution² cells', () => {
    // ŷ = 1 on the left half (x₁ < 0), 0 on the right: half of a 4 × 4 grid
    const { predictor } = recorder((x1) => (x1 < 0 ? 1 : 0));
    expect(fillDecisionGrid(predictor, new Float64Array(16), 4, bounds)).toBe(0.5);
    // ŷ = 1 only on the top row (x₂ > 2): 4 of 16
    const top = recorder((_, x2) => (x2 > 2 ? 1 : 0));
    expect(fillDecisionGrid(top.predictor, new Float64Array(16), 4, bounds)).toBe(0.25);
  });

  it('accepts resolution 2 and rejects a non-integer or smaller one, naming the field', () => {
    const { predictor } = recorder(() => 0);
    expect(fillDecisionGrid(predictor, new Float64Array(4), 2, bounds)).toBe(0);
    for (const resolution of [1, 0, 2.5]) {
      const attempt = () => fillDecisionGrid(predictor, new Float64Array(100), resolution, bounds);
      expect(attempt).toThrow(ConfigurationError);
      try {
        attempt();
      } catch (error) {
        expect((error as ConfigurationError).field).toBe('resolution');
      }
    }
  });
});

describe('datasetBounds, point by point', () => {
  const example = (input: number[]): Example => ({ input, target: [0] });

  it('uses [−0.25, 1.25]² only when every coordinate lies in [0, 1]', () => {
    const unit = { xMin: -0.25, xMax: 1.25, yMin: -0.25, yMax: 1.25 };
    expect(UNIT_SQUARE_BOUNDS).toEqual(unit);
    expect(datasetBounds([example([0, 1]), example([1, 0.5])])).toEqual(unit);
    // one coordinate outside [0, 1] is enough to leave the unit square:
    // largest |coordinate| 2 → half = ⌈(2 + 0.1)·4⌉ / 4 = 9/4
    const outside = { xMin: -2.25, xMax: 2.25, yMin: -2.25, yMax: 2.25 };
    expect(datasetBounds([example([0.5, 0.5]), example([0.5, 2])])).toEqual(outside);
    expect(datasetBounds([example([2, 0.5])])).toEqual(outside);
    expect(datasetBounds([example([-2, 0.5])])).toEqual(outside);
  });
});

import { describe, expect, it } from 'vitest';
import { traceExample } from '../../../../src/core/network/trace';
import { initializeParameters } from '../../../../src/core/training/initialization';
import type { NetworkParameters, NetworkSpec } from '../../../../src/core/types';
import { buildArchitectureSpec } from '../../../../src/labs/architecture/model/architecture';
import {
  createArchitectureRun,
  measureRun,
  trainSteps,
} from '../../../../src/labs/architecture/model/architecture-run';
import { cellCentre } from '../../../../src/labs/architecture/model/decision-grid';
import { featureVector, type FeatureName } from '../../../../src/labs/architecture/model/features';
import {
  createNeuronProbe,
  fillFeatureGrids,
  fillNeuronGrids,
  loadProbeParameters,
  neuronGrid,
  neuronGridBuffers,
  type GridPlane,
} from '../../../../src/labs/architecture/model/neuron-grid';
import { ARCHITECTURE_DEFAULTS } from '../../../../src/labs/architecture/store';

const FEATURES: FeatureName[] = ['x1', 'x2Squared', 'x1x2', 'sinX1'];
const PLANE: GridPlane = { resolution: 5, bounds: { xMin: -1.5, xMax: 1.5, yMin: -1, yMax: 2 } };

/** A 4-feature network with three different hidden activations and weights well away from 0. */
function network(): { spec: NetworkSpec; parameters: NetworkParameters } {
  const spec = buildArchitectureSpec({
    features: FEATURES,
    widths: [3, 2, 4],
    activations: ['tanh', 'relu', 'sigmoid'],
  });
  return { spec, parameters: initializeParameters(spec, { scheme: 'uniform', seed: 5, range: 2 }) };
}

/** a_{l,i} at (x₁, x₂) from the core's autodiff graph (traceExample), the ŷ of the last layer. */
function tracedOutput(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  layer: number,
  neuron: number,
  x1: number,
  x2: number,
): number {
  const trace = traceExample(spec, parameters, {
    input: featureVector(FEATURES, x1, x2),
    target: [0],
  });
  if (layer === spec.layers.length - 1) return trace.prediction[neuron]!;
  return trace.layers[layer]!.a[neuron]!;
}

/** A few cells spread over the grid: corners, centre and an off-diagonal one. */
const CELLS: [number, number][] = [
  [0, 0],
  [0, 4],
  [2, 2],
  [4, 1],
  [3, 4],
];

describe('neuronGrid', () => {
  it('is each neuron’s output from a forward pass of the core at the cell centres', () => {
    const { spec, parameters } = network();
    const probe = createNeuronProbe(spec);
    loadProbeParameters(probe, parameters);
    spec.layers.forEach((layer, index) => {
      for (let neuron = 0; neuron < layer.size; neuron++) {
        const grid = neuronGrid(probe, FEATURES, index, neuron, PLANE);
        expect(grid).toHaveLength(PLANE.resolution ** 2);
        for (const [row, column] of CELLS) {
          const [x1, x2] = cellCentre(PLANE.resolution, PLANE.bounds, row, column);
          const expected = tracedOutput(spec, parameters, index, neuron, x1, x2);
          expect(grid[row * PLANE.resolution + column]).toBeCloseTo(expected, 12);
        }
      }
    });
  });

  it('tells neurons apart: two neurons of a layer give different pictures', () => {
    const { spec, parameters } = network();
    const probe = createNeuronProbe(spec);
    loadProbeParameters(probe, parameters);
    expect(neuronGrid(probe, FEATURES, 0, 0, PLANE)).not.toEqual(
      neuronGrid(probe, FEATURES, 0, 1, PLANE),
    );
  });

  it('rejects a neuron the layer does not have', () => {
    const { spec } = network();
    const probe = createNeuronProbe(spec);
    expect(() => neuronGrid(probe, FEATURES, 1, 2, PLANE)).toThrow(/neuron/);
    expect(() => neuronGrid(probe, FEATURES, 9, 0, PLANE)).toThrow(/neuron/);
  });
});

describe('fillNeuronGrids and fillFeatureGrids', () => {
  it('fill every neuron at once, as neuronGrid does one by one', () => {
    const { spec, parameters } = network();
    const probe = createNeuronProbe(spec);
    loadProbeParameters(probe, parameters);
    const buffers = neuronGridBuffers(spec, PLANE.resolution);
    fillNeuronGrids(probe, FEATURES, PLANE, buffers);
    const cells = PLANE.resolution ** 2;
    spec.layers.forEach((layer, index) => {
      for (let neuron = 0; neuron < layer.size; neuron++) {
        const slice = buffers[index]!.slice(neuron * cells, (neuron + 1) * cells);
        expect(slice).toEqual(neuronGrid(probe, FEATURES, index, neuron, PLANE));
      }
    });
  });

  it('give each input its feature’s value at the cell centres', () => {
    const cells = PLANE.resolution ** 2;
    const out = new Float64Array(FEATURES.length * cells);
    fillFeatureGrids(FEATURES, PLANE, out);
    for (const [row, column] of CELLS) {
      const [x1, x2] = cellCentre(PLANE.resolution, PLANE.bounds, row, column);
      const vector = featureVector(FEATURES, x1, x2);
      FEATURES.forEach((_, index) => {
        expect(out[index * cells + row * PLANE.resolution + column]).toBeCloseTo(
          vector[index]!,
          12,
        );
      });
    }
  });
});

describe('a run’s neuron grids', () => {
  it('follow the trainer’s weights after training', () => {
    const run = createArchitectureRun({ ...ARCHITECTURE_DEFAULTS, features: FEATURES });
    trainSteps(run, 30);
    measureRun(run);
    const parameters = run.trainer.parameters();
    const plane = { resolution: run.neuronResolution, bounds: run.bounds };
    const cells = plane.resolution ** 2;
    for (const [row, column] of [
      [0, 0],
      [11, 17],
      [23, 5],
    ] as const) {
      const [x1, x2] = cellCentre(plane.resolution, plane.bounds, row, column);
      const cell = row * plane.resolution + column;
      const hidden = run.neuronGrids[1]![3 * cells + cell];
      expect(hidden).toBeCloseTo(tracedOutput(run.spec, parameters, 1, 3, x1, x2), 12);
      const output = run.neuronGrids[2]![cell];
      expect(output).toBeCloseTo(tracedOutput(run.spec, parameters, 2, 0, x1, x2), 12);
    }
  });
});

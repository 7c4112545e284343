import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph, graphGradients } from '../../../src/core/network/graph-network';
import type { Example, NetworkParameters, NetworkSpec } from '../../../src/core/types';
import { at } from '../indexing';
import { caseArbitrary, shrinkTimeLimit } from './arbitraries';
import type { Case } from './arbitraries';
import {
  centralDifference,
  gradientsAgree,
  referenceForward,
  referenceMeanLoss,
} from './reference-network';

/** True when a ReLU or leaky-ReLU pre-activation sits within 1e-3 of the kink at 0. */
function nearKink({ spec, parameters, examples }: Case): boolean {
  return examples.some((example) => {
    const { z } = referenceForward(spec, parameters, example.input);
    return spec.layers.some(
      (layer, l) =>
        (layer.activation === 'relu' || layer.activation === 'leakyRelu') &&
        at(z, l).some((value) => Math.abs(value) < 1e-3),
    );
  });
}

/** Every (analytic, numeric) pair for the mean loss's weights and biases. */
function gradientPairs({ spec, parameters, examples }: Case): [number, number][] {
  const { gradients } = graphGradients(spec, parameters, examples);
  const meanLoss = () => referenceMeanLoss(spec, parameters, examples);
  const pairs: [number, number][] = [];
  parameters.forEach((layer, l) => {
    const gradient = at(gradients, l);
    layer.weights.forEach((row, i) => {
      const gradientRow = at(gradient.weights, i);
      row.forEach((_, j) => pairs.push([at(gradientRow, j), centralDifference(row, j, meanLoss)]));
    });
    layer.biases.forEach((_, i) =>
      pairs.push([at(gradient.biases, i), centralDifference(layer.biases, i, meanLoss)]),
    );
  });
  return pairs;
}

describe('graphGradients', () => {
  it('matches central finite differences of the mean loss on random networks', () => {
    fc.assert(
      fc.property(caseArbitrary, (testCase) => {
        fc.pre(!nearKink(testCase));
        const { loss } = graphGradients(testCase.spec, testCase.parameters, testCase.examples);
        const expectedLoss = referenceMeanLoss(
          testCase.spec,
          testCase.parameters,
          testCase.examples,
        );
        expect(gradientsAgree(loss, expectedLoss, 1e-12)).toBe(true);
        for (const [analytic, numeric] of gradientPairs(testCase)) {
          expect(gradientsAgree(analytic, numeric), `${analytic} vs ${numeric}`).toBe(true);
        }
      }),
      { seed: 20240917, numRuns: 200, plugins: [shrinkTimeLimit()] },
    );
  });

  it('returns gradients shaped like the parameters and leaves the parameters untouched', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ spec, parameters, examples }) => {
        const copy = structuredClone(parameters);
        const { gradients } = graphGradients(spec, parameters, examples);
        expect(parameters).toEqual(copy);
        expect(gradients.length).toBe(parameters.length);
        gradients.forEach((layer, l) => {
          expect(layer.weights.map((row) => row.length)).toEqual(
            parameters[l]?.weights.map((row) => row.length),
          );
          expect(layer.biases.length).toBe(parameters[l]?.biases.length);
        });
      }),
      { seed: 11, numRuns: 50, plugins: [shrinkTimeLimit()] },
    );
  });

  it('averages: the batch gradient is the mean of per-example gradients', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ spec, parameters, examples }) => {
        const batch = graphGradients(spec, parameters, examples);
        const single = examples.map((example) => graphGradients(spec, parameters, [example]));
        const meanLoss = single.reduce((total, result) => total + result.loss, 0) / examples.length;
        expect(gradientsAgree(batch.loss, meanLoss, 1e-12)).toBe(true);
        batch.gradients.forEach((layer, l) =>
          layer.biases.forEach((bias, i) => {
            const mean =
              single.reduce((total, result) => total + at(at(result.gradients, l).biases, i), 0) /
              examples.length;
            expect(gradientsAgree(bias, mean, 1e-12)).toBe(true);
          }),
        );
      }),
      { seed: 5, numRuns: 50, plugins: [shrinkTimeLimit()] },
    );
  });
});

/** One layer z = w·x + b with w = 1, b = 0, so the output logit equals the input. */
function logitNetwork(loss: 'binaryCrossEntropy' | 'softmaxCrossEntropy', size: number) {
  const spec: NetworkSpec = {
    inputSize: size,
    layers: [{ size, activation: loss === 'binaryCrossEntropy' ? 'sigmoid' : 'linear' }],
    loss,
  };
  const parameters: NetworkParameters = [
    {
      weights: Array.from({ length: size }, (_, i) =>
        Array.from({ length: size }, (_, j) => (i === j ? 1 : 0)),
      ),
      biases: Array.from({ length: size }, () => 0),
    },
  ];
  return { spec, parameters };
}

const allFinite = (parameters: NetworkParameters) =>
  parameters.every(
    (layer) =>
      layer.weights.every((row) => row.every(Number.isFinite)) &&
      layer.biases.every(Number.isFinite),
  );

describe('stability at |z| = 1000', () => {
  it('binary cross-entropy from the logit: ℓ = softplus(z) − y·z, finite with finite gradients', () => {
    const { spec, parameters } = logitNetwork('binaryCrossEntropy', 1);
    const cases: [number, number, number][] = [
      // [z, y, expected ℓ]: confidently right costs e^−1000 ≈ 0, confidently wrong costs |z|
      [1000, 1, 0],
      [1000, 0, 1000],
      [-1000, 0, 0],
      [-1000, 1, 1000],
    ];
    for (const [z, y, expected] of cases) {
      const { loss, gradients } = graphGradients(spec, parameters, [{ input: [z], target: [y] }]);
      expect(loss).toBe(expected);
      expect(allFinite(gradients)).toBe(true);
      // ∂ℓ/∂z = σ(z) − y, and ∂ℓ/∂w = x·∂ℓ/∂z with x = z here
      const slope = (z > 0 ? 1 : 0) - y;
      expect(gradients[0]?.biases[0]).toBe(slope);
      expect(gradients[0]?.weights[0]?.[0]).toBeCloseTo(z * slope, 12);
    }
  });

  it('softmax cross-entropy: finite loss and gradients with logits ±1000', () => {
    const { spec, parameters } = logitNetwork('softmaxCrossEntropy', 2);
    const cases: [Example, number][] = [
      [{ input: [1000, -1000], target: [1, 0] }, 0],
      [{ input: [1000, -1000], target: [0, 1] }, 2000],
      [{ input: [-1000, 1000], target: [1, 0] }, 2000],
      [{ input: [-1000, -1000], target: [0.5, 0.5] }, Math.log(2)],
    ];
    for (const [example, expected] of cases) {
      const { loss, gradients } = graphGradients(spec, parameters, [example]);
      expect(loss).toBeCloseTo(expected, 12);
      expect(allFinite(gradients)).toBe(true);
      // ∂ℓ/∂z_k = softmax(z)_k·Σy − y_k
      const max = Math.max(...example.input);
      const exps = example.input.map((z) => Math.exp(z - max));
      const total = exps.reduce((sum, e) => sum + e, 0);
      exps.forEach((e, k) =>
        expect(gradients[0]?.biases[k]).toBeCloseTo(e / total - at(example.target, k), 12),
      );
    }
  });

  it('softmax prediction sums to 1 even for huge logits', () => {
    const { spec, parameters } = logitNetwork('softmaxCrossEntropy', 3);
    const graph = buildGraph(spec, parameters, { input: [1000, 999, -1000], target: [0, 0, 1] });
    const prediction = graph.prediction.map((node) => node.data);
    expect(prediction.every(Number.isFinite)).toBe(true);
    expect(prediction.reduce((total, p) => total + p, 0)).toBeCloseTo(1, 12);
    expect(at(prediction, 0) / at(prediction, 1)).toBeCloseTo(Math.E, 10);
  });
});

import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../../src/core/data/datasets';
import { ConfigurationError } from '../../../../src/core/errors';
import {
  compareFirstToLast,
  layerWeightNorms,
  roundRatio,
  SIMILAR_FACTOR,
} from '../../../../src/labs/vanishing-gradients/model/gradient-norms';
import { traceExample } from '../../../../src/core/network/trace';
import { createRng, uniform } from '../../../../src/core/rng';
import { initializeParameters } from '../../../../src/core/training/initialization';
import { createTrainer } from '../../../../src/core/training/trainer';
import type { NetworkParameters, NetworkSpec } from '../../../../src/core/types';

/** Random parameters of the given layer shapes [outputs, inputs]. */
function randomParameters(shapes: [number, number][], seed: number): NetworkParameters {
  const rng = createRng(seed);
  return shapes.map(([outputs, inputs]) => ({
    weights: Array.from({ length: outputs }, () =>
      Array.from({ length: inputs }, () => uniform(rng, -3, 3)),
    ),
    biases: Array.from({ length: outputs }, () => uniform(rng, -3, 3)),
  }));
}

describe('layerWeightNorms', () => {
  it('is √(Σ w²) of each layer’s weights, leaving the biases out', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const parameters = randomParameters(
        [
          [4, 2],
          [3, 4],
          [1, 3],
        ],
        seed,
      );
      const norms = layerWeightNorms(parameters);
      parameters.forEach((layer, index) => {
        let sum = 0;
        for (const row of layer.weights) for (const weight of row) sum += weight * weight;
        expect(norms[index]).toBeCloseTo(Math.sqrt(sum), 12);
      });
    }
  });

  it('stays finite when the squares would overflow, and is 0 for a zero gradient', () => {
    const huge = [{ weights: [[1e200, -1e200]], biases: [0] }];
    expect(layerWeightNorms(huge)[0]).toBeCloseTo(1e200 * Math.SQRT2, -190);
    expect(layerWeightNorms([{ weights: [[0, 0]], biases: [5] }])).toEqual([0]);
  });

  it('on a trainer’s gradient equals the norms of the mean per-example gradient from traceExample', () => {
    const spec: NetworkSpec = {
      inputSize: 2,
      layers: [
        { size: 5, activation: 'sigmoid' },
        { size: 4, activation: 'relu' },
        { size: 1, activation: 'sigmoid' },
      ],
      loss: 'binaryCrossEntropy',
    };
    const initial = initializeParameters(spec, { scheme: 'uniform', seed: 9 });
    const examples = createDataset('circle', { count: 12, testFraction: 0, seed: 2 }).train;
    const trainer = createTrainer(spec, initial, examples, {
      learningRate: 0.1,
      optimizer: { name: 'sgd' },
      batchSize: 0,
      seed: 1,
    });
    trainer.step();
    const traces = examples.map((example) => traceExample(spec, initial, example));
    const mean: NetworkParameters = initial.map((layer, index) => ({
      weights: layer.weights.map((row, i) =>
        row.map(
          (_, j) =>
            traces.reduce((sum, trace) => sum + trace.layers[index]!.dLossDWeights[i]![j]!, 0) /
            examples.length,
        ),
      ),
      biases: layer.biases.map(() => 0),
    }));
    const expected = layerWeightNorms(mean);
    layerWeightNorms(trainer.gradients()).forEach((norm, index) => {
      expect(norm).toBeCloseTo(expected[index]!, 10);
    });
  });
});

describe('roundRatio', () => {
  it('keeps two significant digits, and whole numbers below 10', () => {
    for (const x of [1.2, 3.4, 9.4, 12.5, 437, 1234, 98765, 3.3e9]) {
      const rounded = roundRatio(x);
      expect(Math.abs(rounded - x) / x).toBeLessThanOrEqual(0.5 / Math.min(x, 10) + 1e-12);
      const digits = x < 10 ? 1 : 2;
      const scale = 10 ** (Math.floor(Math.log10(rounded)) - digits + 1);
      expect(Math.abs(rounded / scale - Math.round(rounded / scale))).toBeLessThan(1e-9);
    }
  });

  it('rejects a ratio that is not finite and positive', () => {
    for (const bad of [0, -2, Number.NaN, Infinity]) {
      expect(() => roundRatio(bad)).toThrow(ConfigurationError);
    }
  });
});

describe('compareFirstToLast', () => {
  it('reads the first layer as 1/d of the last when it is smaller, ×f when larger', () => {
    const small = [0.002, 0.05, 0.8];
    expect(compareFirstToLast(small)).toEqual({
      kind: 'smaller',
      denominator: roundRatio(0.8 / 0.002),
    });
    const large = [3, 0.5, 0.12];
    expect(compareFirstToLast(large)).toEqual({ kind: 'larger', factor: roundRatio(3 / 0.12) });
  });

  it('calls ratios within the similar factor "similar", and zero or non-finite norms undefined', () => {
    expect(compareFirstToLast([1, 5, SIMILAR_FACTOR * 0.99])).toEqual({ kind: 'similar' });
    expect(compareFirstToLast([1.01 / SIMILAR_FACTOR, 1])).toEqual({ kind: 'similar' });
    expect(compareFirstToLast([0, 1])).toEqual({ kind: 'undefined' });
    expect(compareFirstToLast([1, 0])).toEqual({ kind: 'undefined' });
    expect(compareFirstToLast([Number.NaN, 1])).toEqual({ kind: 'undefined' });
  });

  it('needs two layers', () => {
    expect(() => compareFirstToLast([1])).toThrow(ConfigurationError);
  });
});

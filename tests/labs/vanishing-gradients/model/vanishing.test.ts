import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/core/errors';
import { layerWeightNorms } from '../../../../src/labs/vanishing-gradients/model/gradient-norms';
import {
  DEFAULT_VANISHING_CONFIG,
  runVanishing,
  runVanishingPair,
  vanishingExamples,
  vanishingSpec,
  type VanishingConfig,
  type VanishingRun,
} from '../../../../src/labs/vanishing-gradients/model/vanishing';
import {
  EXPLODING_NORM,
  stepVerdict,
} from '../../../../src/labs/vanishing-gradients/model/vanishing-summary';
import { traceExample } from '../../../../src/core/network/trace';
import { initializeParameters } from '../../../../src/core/training/initialization';

const config = (change: Partial<VanishingConfig> = {}): VanishingConfig => ({
  ...DEFAULT_VANISHING_CONFIG,
  steps: 5,
  ...change,
});

describe('runVanishing', () => {
  it('starts sigmoid and ReLU from the same numbers', () => {
    const settings = config({ scheme: 'he' });
    const draw = (activation: 'sigmoid' | 'relu') =>
      initializeParameters(vanishingSpec(settings, activation), {
        scheme: settings.scheme,
        seed: settings.seed,
        range: settings.range,
      });
    expect(draw('sigmoid')).toEqual(draw('relu'));
  });

  it('records at step 1 the norms of the mean per-example gradient at the initial parameters', () => {
    const settings = config({ depth: 3, width: 4 });
    const spec = vanishingSpec(settings, 'sigmoid');
    const initial = initializeParameters(spec, {
      scheme: settings.scheme,
      seed: settings.seed,
      range: settings.range,
    });
    const examples = vanishingExamples(settings.seed);
    const traces = examples.map((example) => traceExample(spec, initial, example));
    const expected = initial.map((layer, index) => {
      let sum = 0;
      layer.weights.forEach((row, i) =>
        row.forEach((_, j) => {
          const mean =
            traces.reduce((total, trace) => total + trace.layers[index]!.dLossDWeights[i]![j]!, 0) /
            examples.length;
          sum += mean * mean;
        }),
      );
      return Math.sqrt(sum);
    });
    const run = runVanishing(settings, 'sigmoid');
    run.norms[0]!.forEach((norm, index) => expect(norm).toBeCloseTo(expected[index]!, 10));
    expect(run.norms).toHaveLength(settings.steps);
    expect(run.losses).toHaveLength(settings.steps);
  });

  it('with sigmoid and a uniform init, the first layer gets a smaller gradient than the last', () => {
    for (const depth of [3, 4, 5, 6]) {
      for (const range of [0.5, 1, 2]) {
        const run = runVanishing(config({ depth, range, scheme: 'uniform' }), 'sigmoid');
        const first = run.norms[0]!;
        expect(first[0]!).toBeLessThan(first[first.length - 1]!);
      }
    }
  });

  it('shrinks the sigmoid ratio first/last with depth', () => {
    const ratio = (depth: number) => {
      const norms = runVanishing(config({ depth, steps: 1 }), 'sigmoid').norms[0]!;
      return norms[0]! / norms[norms.length - 1]!;
    };
    expect(ratio(6)).toBeLessThan(ratio(2));
  });

  it('with clipping, the applied weight gradient never exceeds the threshold', () => {
    const clipNorm = 0.5;
    const { sigmoid, relu } = runVanishingPair(
      config({ scheme: 'uniform', range: 3, clipNorm, steps: 20 }),
    );
    for (const run of [sigmoid, relu]) {
      for (const norms of run.norms) {
        const total = Math.sqrt(norms.reduce((sum, norm) => sum + norm * norm, 0));
        expect(total).toBeLessThanOrEqual(clipNorm * (1 + 1e-12));
      }
    }
  });

  it('rejects bad settings with ConfigurationError', () => {
    for (const change of [
      { depth: 7 },
      { depth: 1 },
      { width: 1 },
      { steps: 0 },
      { clipNorm: -1 },
      { scheme: 'zero' as VanishingConfig['scheme'] },
    ]) {
      expect(() => runVanishing(config(change), 'relu')).toThrow(ConfigurationError);
    }
  });
});

describe('stepVerdict', () => {
  it('sees ReLU gradients explode with a wide uniform init, and clipping tame them', () => {
    const wild = runVanishing(config({ scheme: 'uniform', range: 3, steps: 1 }), 'relu');
    const verdict = stepVerdict(wild, 1);
    expect(verdict.kind).toBe('exploding');
    expect(verdict.kind === 'exploding' && verdict.largest).toBe(Math.max(...wild.norms[0]!));
    expect(Math.max(...wild.norms[0]!)).toBeGreaterThan(EXPLODING_NORM);
    const clipped = runVanishing(
      config({ scheme: 'uniform', range: 3, steps: 1, clipNorm: 1 }),
      'relu',
    );
    expect(stepVerdict(clipped, 1).kind).not.toBe('exploding');
  });

  it('compares the first and last layer for an ordinary step', () => {
    const run: VanishingRun = {
      activation: 'sigmoid',
      norms: [[0.001, 0.01, 0.4]],
      losses: [0.7],
      divergedAt: null,
    };
    expect(stepVerdict(run, 1)).toEqual({ kind: 'smaller', denominator: 400 });
    expect(layerWeightNorms([{ weights: [[3, 4]], biases: [0] }])).toEqual([5]);
  });

  it('reports divergence from its step on, and a dead first layer as no gradient', () => {
    const diverged: VanishingRun = {
      activation: 'relu',
      norms: [[1, 2]],
      losses: [1],
      divergedAt: 2,
    };
    expect(stepVerdict(diverged, 1).kind).toBe('smaller');
    expect(stepVerdict(diverged, 2)).toEqual({ kind: 'diverged', step: 2 });
    const dead: VanishingRun = {
      activation: 'relu',
      norms: [[0, 0.3]],
      losses: [1],
      divergedAt: null,
    };
    expect(stepVerdict(dead, 1)).toEqual({ kind: 'noGradient' });
  });
});

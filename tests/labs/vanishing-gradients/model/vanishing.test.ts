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
import { createTrainer } from '../../../../src/core/training/trainer';
import { VANISHING_PRESETS } from '../../../../src/labs/vanishing-gradients/store';

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

describe('what the section’s notes say, checked on the model', () => {
  const firstOverOutput = (norms: readonly number[]) => norms[0]! / norms[norms.length - 1]!;

  it('clipping by the global norm scales every layer alike: the step-1 ratio is unchanged', () => {
    for (const [preset, activation] of [
      ['vanishing', 'sigmoid'],
      ['exploding', 'relu'],
    ] as const) {
      const settings = { ...VANISHING_PRESETS[preset], steps: 1 };
      const free = runVanishing(settings, activation).norms[0]!;
      const clipped = runVanishing({ ...settings, clipNorm: 1 }, activation).norms[0]!;
      expect(firstOverOutput(clipped) / firstOverOutput(free)).toBeCloseTo(1, 9);
      // the whole gradient (these weight norms and the biases) is at most c = 1
      expect(Math.hypot(...clipped)).toBeLessThanOrEqual(1 + 1e-12);
    }
  });

  it('with Xavier, six sigmoid layers still leave the 1st layer far below the output; ReLU does not', () => {
    const settings = { ...VANISHING_PRESETS.vanishing, steps: 1 };
    const sigmoid = firstOverOutput(runVanishing(settings, 'sigmoid').norms[0]!);
    const relu = firstOverOutput(runVanishing(settings, 'relu').norms[0]!);
    expect(settings.scheme).toBe('xavier');
    expect(sigmoid).toBeLessThan(1 / 100);
    expect(relu / sigmoid).toBeGreaterThan(100);
  });

  it('in the exploding example a ReLU norm passes the limit at step 1, at the initial weights', () => {
    const run = runVanishing({ ...VANISHING_PRESETS.exploding, steps: 1 }, 'relu');
    expect(Math.max(...run.norms[0]!)).toBeGreaterThan(EXPLODING_NORM);
  });

  it('no gradient at the 1st layer: on every example some layer has all its ReLUs at z ≤ 0', () => {
    const settings = VANISHING_PRESETS.exploding;
    const run = runVanishing(settings, 'relu');
    const step =
      run.norms.findIndex((_, index) => stepVerdict(run, index + 1).kind === 'noGradient') + 1;
    expect(step).toBeGreaterThan(0);
    // the same training, step by step, up to the weights that gradient was taken at
    const spec = vanishingSpec(settings, 'relu');
    const examples = vanishingExamples(settings.seed);
    const initial = initializeParameters(spec, {
      scheme: settings.scheme,
      seed: settings.seed,
      range: settings.range,
    });
    const trainer = createTrainer(spec, initial, examples, {
      learningRate: settings.learningRate,
      optimizer: { name: 'sgd' },
      batchSize: 0,
      seed: settings.seed,
    });
    for (let done = 1; done < step; done++) trainer.step();
    const parameters = trainer.parameters();
    trainer.step();
    expect(layerWeightNorms(trainer.gradients())).toEqual(run.norms[step - 1]);
    for (const example of examples) {
      const hidden = traceExample(spec, parameters, example).layers.slice(0, -1);
      expect(hidden.some((layer) => layer.z.every((z) => z <= 0))).toBe(true);
    }
  });
});

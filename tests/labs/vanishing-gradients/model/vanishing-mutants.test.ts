// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VANISHING_CONFIG,
  runVanishing,
  validateVanishingConfig,
  vanishingExamples,
  vanishingSpec,
  type VanishingConfig,
  type VanishingRun,
} from '../../../../src/labs/vanishing-gradients/model/vanishing';
import {
  EXPLODING_NORM,
  stepVerdict,
} from '../../../../src/labs/vanishing-gradients/model/vanishing-summary';
import { initializeParameters } from '../../../../src/core/training/initialization';
import { createTrainer } from '../../../../src/core/training/trainer';
import { fieldOf } from '../../../core/configuration-field';

const config = (change: Partial<VanishingConfig> = {}): VanishingConfig => ({
  ...DEFAULT_VANISHING_CONFIG,
  steps: 5,
  ...change,
});

describe('validateVanishingConfig', () => {
  it('accepts the default experiment', () => {
    expect(() => validateVanishingConfig(DEFAULT_VANISHING_CONFIG)).not.toThrow();
  });

  it('accepts the top of each documented range', () => {
    expect(() => validateVanishingConfig(config({ depth: 6 }))).not.toThrow();
    expect(() => validateVanishingConfig(config({ width: 16 }))).not.toThrow();
    expect(() => validateVanishingConfig(config({ steps: 1000 }))).not.toThrow();
  });

  it.each([
    [{ depth: 7 }, 'depth'],
    [{ width: 17 }, 'width'],
    [{ steps: 0 }, 'steps'],
    [{ scheme: 'zero' as VanishingConfig['scheme'] }, 'scheme'],
    [{ clipNorm: -1 }, 'clipNorm'],
  ])('rejects %o naming %s', (change, field) => {
    expect(fieldOf(() => validateVanishingConfig(config(change)))).toBe(field);
  });
});

describe('vanishingExamples', () => {
  it('keeps all 80 circle points for training', () => {
    expect(vanishingExamples(7)).toHaveLength(80);
  });
});

describe('runVanishing when training diverges', () => {
  // relu at η = 1e300 ends in NaN gradients; sigmoid at η = 1e308 in an infinite loss whose
  // gradients are still finite, so the trainer's status alone must stop the run
  it.each([
    ['relu', 1e300],
    ['sigmoid', 1e308],
  ] as const)(
    '%s at η = %d stops at the first diverged step and keeps only the steps before',
    (activation, learningRate) => {
      const diverging = config({ learningRate });
      // the same trainer built by hand: find the first diverged step independently
      const spec = vanishingSpec(diverging, activation);
      const trainer = createTrainer(
        spec,
        initializeParameters(spec, { scheme: diverging.scheme, seed: diverging.seed, range: 1 }),
        vanishingExamples(diverging.seed),
        { learningRate: diverging.learningRate, optimizer: { name: 'sgd' }, batchSize: 0, seed: 7 },
      );
      let firstDiverged: number | null = null;
      for (let step = 1; step <= diverging.steps && firstDiverged === null; step++) {
        if (trainer.step().status === 'diverged') firstDiverged = step;
      }
      expect(firstDiverged).not.toBeNull();

      const run = runVanishing(diverging, activation);
      expect(run.divergedAt).toBe(firstDiverged);
      expect(run.norms).toHaveLength(firstDiverged! - 1);
      expect(run.losses).toHaveLength(firstDiverged! - 1);
      for (const norms of run.norms) expect(norms.every(Number.isFinite)).toBe(true);
    },
  );
});

describe('stepVerdict edge cases', () => {
  const run = (norms: number[][]): VanishingRun => ({
    activation: 'relu',
    norms,
    losses: norms.map(() => 1),
    divergedAt: null,
  });

  it('has nothing to say about a run without recorded steps', () => {
    expect(stepVerdict(run([]), 1)).toEqual({ kind: 'undefined' });
  });

  it('does not call a norm of exactly EXPLODING_NORM exploding', () => {
    // first/last = 10 / 1: ten times larger, but not above the threshold
    expect(stepVerdict(run([[EXPLODING_NORM, 1]]), 1)).toEqual({ kind: 'larger', factor: 10 });
    expect(stepVerdict(run([[EXPLODING_NORM * 1.01, 1]]), 1)).toMatchObject({ kind: 'exploding' });
  });
});

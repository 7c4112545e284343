import { describe, expect, it } from 'vitest';
import { requireExamples, validateTrainerConfig } from '../../../src/core/training/trainer-config';
import type { TrainerConfig } from '../../../src/core/training/trainer-config';
import type { NetworkSpec } from '../../../src/core/types';

const base: TrainerConfig = {
  learningRate: 0.1,
  optimizer: { name: 'sgd' },
  batchSize: 4,
  seed: 3,
};
const rejects = (overrides: Partial<TrainerConfig>, field: string, message: RegExp) =>
  expect(() => validateTrainerConfig({ ...base, ...overrides } as TrainerConfig)).toThrow(
    expect.objectContaining({
      name: 'ConfigurationError',
      field,
      message: expect.stringMatching(message),
    }),
  );

describe('validateTrainerConfig', () => {
  it('fills the defaults', () => {
    expect(validateTrainerConfig(base)).toEqual({
      learningRate: 0.1,
      optimizer: { name: 'sgd' },
      schedule: { name: 'constant' },
      batchSize: 4,
      clipNorm: 0,
      l1: 0,
      l2: 0,
      dropout: 0,
      seed: 3,
    });
  });

  it('accepts a dropout rate in [0, 1) and rejects others', () => {
    expect(validateTrainerConfig({ ...base, dropout: 0 }).dropout).toBe(0);
    expect(validateTrainerConfig({ ...base, dropout: 0.999 }).dropout).toBe(0.999);
    for (const dropout of [1, 1.5, -0.1, Number.NaN]) rejects({ dropout }, 'dropout', /\[0, 1\)/);
  });

  it('says what a number must be and what it got', () => {
    rejects({ learningRate: -0.5 }, 'learningRate', /finite number ≥ 0, got -0.5/);
    rejects({ l1: -2 }, 'l1', /got -2/);
    rejects({ batchSize: 1.5 }, 'batchSize', /integer ≥ 0, got 1.5/);
    rejects({ clipNorm: 0 }, 'clipNorm', /> 0/);
    rejects({ seed: Number.NaN }, 'seed', /finite/);
  });

  it('requires at least one example', () => {
    const spec: NetworkSpec = {
      inputSize: 1,
      layers: [{ size: 1, activation: 'linear' }],
      loss: 'squaredError',
    };
    expect(() => requireExamples(spec, [])).toThrow(
      expect.objectContaining({
        field: 'examples',
        message: expect.stringMatching(/at least one/),
      }),
    );
    expect(() => requireExamples(spec, [{ input: [1], target: [2] }])).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SURFACE_RATES,
  optimizerPath,
  racePaths,
  requireLearningRate,
} from '../../../../src/labs/optimizer-race/model/optimizer-paths';
import { RACE_START } from '../../../../src/labs/optimizer-race/model/race-surface';
import { OPTIMIZERS } from '../../../../src/core/training/optimizers';
import { fieldOf } from '../../../core/configuration-field';

/** The field named by the ConfigurationError that `attempt` throws. */
describe('optimizerPath edges', () => {
  it('names the offending field of an invalid η, step count or start', () => {
    expect(fieldOf(() => requireLearningRate(0))).toBe('learningRate');
    expect(fieldOf(() => optimizerPath('sgd', RACE_START, -1, 3))).toBe('learningRate');
    expect(fieldOf(() => optimizerPath('sgd', RACE_START, 0.01, -1))).toBe('steps');
    expect(fieldOf(() => optimizerPath('sgd', { w1: NaN, w2: 0 }, 0.01, 3))).toBe('start');
  });

  it('with 0 steps is just the start and its loss', () => {
    // J(0, 0) = (1 − 0)² + b·0² = 1
    expect(optimizerPath('sgd', { w1: 0, w2: 0 }, 0.01, 0)).toEqual([{ w1: 0, w2: 0, loss: 1 }]);
  });

  // From (0, w₂) the gradient is (−2, 2b·w₂) with b = 10, so one SGD step lands on
  // (2η, w₂ − 20η·w₂), worked out by hand below.
  it('stops when w₁ alone leaves |w| ≤ 10⁶', () => {
    // (0, 0), η = 10⁷: w₁ → 2·10⁷, w₂ stays 0
    expect(optimizerPath('sgd', { w1: 0, w2: 0 }, 1e7, 3)).toHaveLength(1);
  });

  it('stops when w₂ alone leaves |w| ≤ 10⁶', () => {
    // (0, 1), η = 10⁵: w₁ → 2·10⁵, w₂ → 1 − 2·10⁶
    expect(optimizerPath('sgd', { w1: 0, w2: 1 }, 1e5, 3)).toHaveLength(1);
  });

  it('keeps a point exactly on |w₁| = 10⁶', () => {
    // (0, 0), η = 5·10⁵: w₁ → 10⁶, w₂ stays 0; J = (1 − 10⁶)² + b·(10¹²)²
    const path = optimizerPath('sgd', { w1: 0, w2: 0 }, 5e5, 1);
    expect(path).toHaveLength(2);
    expect(path[1]!.w1).toBe(1e6);
    expect(path[1]!.w2).toBe(0);
  });

  it('keeps a point exactly on |w₂| = 10⁶', () => {
    // (0, 250 000), η = 0.25: w₁ → 0.5, w₂ → 250 000·(1 − 5) = −10⁶
    const path = optimizerPath('sgd', { w1: 0, w2: 250_000 }, 0.25, 1);
    expect(path).toHaveLength(2);
    expect(path[1]!.w1).toBe(0.5);
    expect(path[1]!.w2).toBe(-1e6);
  });
});

describe('DEFAULT_SURFACE_RATES', () => {
  it('gives every optimizer a valid η, so each default path runs all its steps', () => {
    for (const name of OPTIMIZERS)
      expect(() => requireLearningRate(DEFAULT_SURFACE_RATES[name])).not.toThrow();
    const paths = racePaths(RACE_START, DEFAULT_SURFACE_RATES, 20);
    for (const name of OPTIMIZERS) expect(paths[name]).toHaveLength(21);
  });
});

import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../src/core/training/optimizers';
import type { OptimizerConfig } from '../../../src/core/training/optimizers';

const start = [0.5, -1.2];
const gradient = [0.3, -0.8];
const rate = 0.05;

function firstUpdate(config: OptimizerConfig): number[] {
  const parameters = Float64Array.from(start);
  createOptimizer(config, 2).update(parameters, Float64Array.from(gradient), rate);
  return Array.from(parameters);
}

describe('optimizer reset and hyper-parameters', () => {
  it.each([{ name: 'momentum' }, { name: 'rmsprop' }, { name: 'adam' }] as OptimizerConfig[])(
    '$name: after reset the next update equals a first update',
    (config) => {
      const optimizer = createOptimizer(config, 2);
      const parameters = Float64Array.from(start);
      for (let step = 0; step < 3; step++) {
        optimizer.update(parameters, Float64Array.from(gradient), rate);
      }
      optimizer.reset();
      parameters.set(start);
      optimizer.update(parameters, Float64Array.from(gradient), rate);
      expect(Array.from(parameters)).toEqual(firstUpdate(config));
    },
  );

  it('accepts μ = 0, which makes momentum plain gradient descent', () => {
    const optimizer = createOptimizer({ name: 'momentum', momentum: 0 }, 2);
    const parameters = Float64Array.from(start);
    optimizer.update(parameters, Float64Array.from(gradient), rate);
    optimizer.update(parameters, Float64Array.from(gradient), rate);
    start.forEach((w, i) => expect(parameters[i]).toBeCloseTo(w - 2 * rate * gradient[i]!, 15));
  });

  it('says what a hyper-parameter must be', () => {
    const rejects = (config: unknown, field: string, message: RegExp) =>
      expect(() => createOptimizer(config as OptimizerConfig, 2)).toThrow(
        expect.objectContaining({ field, message: expect.stringMatching(message) }),
      );
    rejects({ name: 'momentum', momentum: 1 }, 'optimizer.momentum', /\[0, 1\)/);
    rejects({ name: 'adam', epsilon: -1 }, 'optimizer.epsilon', /finite number > 0/);
    rejects({ name: 'rmsprop', epsilon: Number.NaN }, 'optimizer.epsilon', /> 0/);
    rejects({ name: 'lbfgs' }, 'optimizer', /unknown optimizer 'lbfgs'/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenParameters, unflattenParameters } from '../../../src/core/network/parameters';
import { clipGradients, gradientNorm } from '../../../src/core/training/regularization';
import { createTrainer } from '../../../src/core/training/trainer';
import { initializeParameters } from '../../../src/core/training/initialization';
import type { Example, NetworkSpec } from '../../../src/core/types';

describe('gradient clipping by global norm', () => {
  it('leaves ‖g‖ ≤ clipNorm and keeps the direction', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 1e-3, max: 10, noNaN: true }),
        (values, maximum) => {
          const gradients = Float64Array.from(values);
          const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0));
          expect(clipGradients(gradients, maximum)).toBeCloseTo(norm, 9);
          expect(gradientNorm(gradients)).toBeLessThanOrEqual(maximum * (1 + 1e-12));
          // same direction: g_clipped = g·min(1, c/‖g‖)
          const scale = norm > maximum ? maximum / norm : 1;
          values.forEach((value, index) => expect(gradients[index]).toBeCloseTo(value * scale, 12));
        },
      ),
      { seed: 5, numRuns: 200 },
    );
  });

  it('survives a gradient whose squares overflow', () => {
    const gradients = Float64Array.from([3e200, -4e200]);
    clipGradients(gradients, 1);
    expect(gradients[0]).toBeCloseTo(0.6, 12);
    expect(gradients[1]).toBeCloseTo(-0.8, 12);
  });
});

describe('L1 and L2 penalties', () => {
  const spec: NetworkSpec = {
    inputSize: 2,
    layers: [
      { size: 3, activation: 'tanh' },
      { size: 1, activation: 'sigmoid' },
    ],
    loss: 'binaryCrossEntropy',
  };
  const examples: Example[] = [
    { input: [0.2, -0.4], target: [1] },
    { input: [-0.9, 0.3], target: [0] },
  ];
  const parameters = initializeParameters(spec, { scheme: 'uniform', seed: 9 });
  const l1 = 0.03;
  const l2 = 0.2;

  /** J(θ) + penalty, read from a step with η = 0 (which leaves θ unchanged). */
  function penalisedLoss(flat: Float64Array): number {
    const trainer = createTrainer(spec, unflattenParameters(spec, flat), examples, {
      learningRate: 0,
      optimizer: { name: 'sgd' },
      batchSize: 0,
      seed: 1,
      l1,
      l2,
    });
    return trainer.step().loss;
  }

  it('add λ₁Σ|w| + (λ₂/2)Σw² over the weights only to the loss', () => {
    const flat = flattenParameters(spec, parameters);
    const plain = createTrainer(spec, parameters, examples, {
      learningRate: 0,
      optimizer: { name: 'sgd' },
      batchSize: 0,
      seed: 1,
    }).step().loss;
    const weights = parameters.flatMap((layer) => layer.weights.flat());
    const penalty =
      l1 * weights.reduce((sum, w) => sum + Math.abs(w), 0) +
      (l2 / 2) * weights.reduce((sum, w) => sum + w * w, 0);
    expect(penalisedLoss(flat)).toBeCloseTo(plain + penalty, 14);
  });

  it('have gradients equal to finite differences of the penalised loss', () => {
    const flat = flattenParameters(spec, parameters);
    const trainer = createTrainer(spec, parameters, examples, {
      learningRate: 0,
      optimizer: { name: 'sgd' },
      batchSize: 0,
      seed: 1,
      l1,
      l2,
    });
    trainer.step();
    const analytic = flattenParameters(spec, trainer.gradients());
    const step = 1e-6;
    flat.forEach((value, index) => {
      expect(Math.abs(value)).toBeGreaterThan(10 * step); // away from the kink of |w|
      const above = flat.slice();
      above[index] = value + step;
      const below = flat.slice();
      below[index] = value - step;
      const numeric = (penalisedLoss(above) - penalisedLoss(below)) / (2 * step);
      expect(Math.abs(analytic[index]! - numeric)).toBeLessThanOrEqual(
        1e-6 * Math.max(1, Math.abs(numeric)),
      );
    });
  });
});

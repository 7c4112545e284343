import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors';
import { createOptimizer, gradientStep } from '../../../src/core/training/optimizers';
import type { OptimizerConfig } from '../../../src/core/training/optimizers';

const start = [0.5, -1.2];
const firstGradient = [0.3, -0.8];
const secondGradient = [-0.1, 0.4];
const rate = 0.05;

/** The parameters after two updates with the known gradients. */
function twoUpdates(config: OptimizerConfig): number[][] {
  const optimizer = createOptimizer(config, 2);
  const parameters = Float64Array.from(start);
  optimizer.update(parameters, Float64Array.from(firstGradient), rate);
  const afterFirst = Array.from(parameters);
  optimizer.update(parameters, Float64Array.from(secondGradient), rate);
  return [afterFirst, Array.from(parameters)];
}

function expectClose(actual: number[][], expected: number[][]): void {
  actual.forEach((row, step) =>
    row.forEach((value, index) => expect(value).toBeCloseTo(expected[step]![index]!, 15)),
  );
}

describe('optimizers: first two updates by hand', () => {
  it('sgd: w ← w − η·g', () => {
    const w1 = start.map((w, i) => w - rate * firstGradient[i]!);
    const w2 = w1.map((w, i) => w - rate * secondGradient[i]!);
    expectClose(twoUpdates({ name: 'sgd' }), [w1, w2]);
  });

  it('momentum: v ← μ·v + g; w ← w − η·v', () => {
    const mu = 0.8;
    const v1 = firstGradient; // μ·0 + g₁
    const w1 = start.map((w, i) => w - rate * v1[i]!);
    const v2 = v1.map((v, i) => mu * v + secondGradient[i]!);
    const w2 = w1.map((w, i) => w - rate * v2[i]!);
    expectClose(twoUpdates({ name: 'momentum', momentum: mu }), [w1, w2]);
  });

  it('rmsprop: s ← ρs + (1−ρ)g²; w ← w − η·g/(√s + ε)', () => {
    const [rho, epsilon] = [0.9, 1e-8];
    const s1 = firstGradient.map((g) => (1 - rho) * g * g);
    const w1 = start.map((w, i) => w - (rate * firstGradient[i]!) / (Math.sqrt(s1[i]!) + epsilon));
    const s2 = s1.map((s, i) => rho * s + (1 - rho) * secondGradient[i]! ** 2);
    const w2 = w1.map((w, i) => w - (rate * secondGradient[i]!) / (Math.sqrt(s2[i]!) + epsilon));
    expectClose(twoUpdates({ name: 'rmsprop', decay: rho, epsilon }), [w1, w2]);
  });

  it('adam: bias-corrected m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ); w ← w − η·m̂/(√v̂ + ε)', () => {
    const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
    const m1 = firstGradient.map((g) => (1 - beta1) * g);
    const v1 = firstGradient.map((g) => (1 - beta2) * g * g);
    const w1 = start.map(
      (w, i) => w - (rate * (m1[i]! / (1 - beta1))) / (Math.sqrt(v1[i]! / (1 - beta2)) + epsilon),
    );
    const m2 = m1.map((m, i) => beta1 * m + (1 - beta1) * secondGradient[i]!);
    const v2 = v1.map((v, i) => beta2 * v + (1 - beta2) * secondGradient[i]! ** 2);
    const w2 = w1.map(
      (w, i) =>
        w - (rate * (m2[i]! / (1 - beta1 ** 2))) / (Math.sqrt(v2[i]! / (1 - beta2 ** 2)) + epsilon),
    );
    expectClose(twoUpdates({ name: 'adam', beta1, beta2, epsilon }), [w1, w2]);
    // the first Adam step moves each weight by about η·sign(g)
    w1.forEach((w, i) => expect(Math.abs(w - start[i]!)).toBeCloseTo(rate, 6));
  });

  it('reset forgets the state: the next update equals a first update', () => {
    const optimizer = createOptimizer({ name: 'adam' }, 2);
    const parameters = Float64Array.from(start);
    optimizer.update(parameters, Float64Array.from(firstGradient), rate);
    optimizer.reset();
    parameters.set(start);
    optimizer.update(parameters, Float64Array.from(firstGradient), rate);
    expect(Array.from(parameters)).toEqual(twoUpdates({ name: 'adam' })[0]);
  });

  it('rejects unknown names and hyper-parameters out of range, naming the field', () => {
    const cases: [unknown, string][] = [
      [{ name: 'lbfgs' }, 'optimizer'],
      [undefined, 'optimizer'],
      [{ name: 'momentum', momentum: 1 }, 'optimizer.momentum'],
      [{ name: 'rmsprop', decay: -0.1 }, 'optimizer.decay'],
      [{ name: 'rmsprop', epsilon: 0 }, 'optimizer.epsilon'],
      [{ name: 'adam', beta1: Number.NaN }, 'optimizer.beta1'],
      [{ name: 'adam', beta2: 1.5 }, 'optimizer.beta2'],
    ];
    for (const [config, field] of cases) {
      expect(() => createOptimizer(config as OptimizerConfig, 2)).toThrow(
        expect.objectContaining({ name: 'ConfigurationError', field }),
      );
    }
  });
});

describe('gradientStep: the one gradient-descent rule', () => {
  it('moves each parameter by −η·g in place, as plain SGD does', () => {
    const theta = Float64Array.from([1, -2, 0.5]);
    gradientStep(theta, Float64Array.from([0.5, -1, 4]), 0.1);
    expect([...theta]).toEqual([1 - 0.1 * 0.5, -2 - 0.1 * -1, 0.5 - 0.1 * 4]);
    const bySgd = Float64Array.from([1, -2, 0.5]);
    createOptimizer({ name: 'sgd' }, 3).update(bySgd, Float64Array.from([0.5, -1, 4]), 0.1);
    expect([...bySgd]).toEqual([...theta]);
  });

  it('refuses gradients of another length instead of reading past them', () => {
    expect(() => gradientStep(new Float64Array(3), new Float64Array(2), 0.1)).toThrow(
      ConfigurationError,
    );
  });
});

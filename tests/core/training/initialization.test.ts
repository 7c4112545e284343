import { describe, expect, it } from 'vitest';
import { createRng, uniform } from '../../../src/core/rng';
import { DEFAULT_SEED, initializeParameters } from '../../../src/core/training/initialization';
import type { InitializationScheme } from '../../../src/core/training/initialization';
import type { NetworkSpec } from '../../../src/core/types';

const wide: NetworkSpec = {
  inputSize: 16,
  layers: [
    { size: 16, activation: 'relu' },
    { size: 16, activation: 'relu' },
    { size: 8, activation: 'tanh' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'binaryCrossEntropy',
};
const lesson: NetworkSpec = {
  inputSize: 2,
  layers: [
    { size: 2, activation: 'sigmoid' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'halfSquaredError',
};

const weightsOf = (spec: NetworkSpec, scheme: InitializationScheme, layer: number, seed = 1) =>
  initializeParameters(spec, { scheme, seed }).map((entry) => entry.weights.flat())[layer]!;

describe('initializeParameters', () => {
  it('uniform: draws weights then biases per layer in [−range, range], from the seed', () => {
    const rng = createRng(DEFAULT_SEED);
    const draw = () => uniform(rng, -1, 1);
    const expected = [
      {
        weights: [
          [draw(), draw()],
          [draw(), draw()],
        ],
        biases: [draw(), draw()],
      },
      { weights: [[draw(), draw()]], biases: [draw()] },
    ];
    expect(initializeParameters(lesson, { scheme: 'uniform', seed: DEFAULT_SEED })).toEqual(
      expected,
    );
    const narrow = initializeParameters(wide, { scheme: 'uniform', seed: 2, range: 0.1 });
    const all = narrow.flatMap((layer) => [...layer.weights.flat(), ...layer.biases]);
    expect(all.every((value) => Math.abs(value) <= 0.1)).toBe(true);
    expect(Math.max(...all.map(Math.abs))).toBeGreaterThan(0.09);
  });

  it('is deterministic per seed', () => {
    for (const scheme of ['uniform', 'xavier', 'he'] as const) {
      expect(initializeParameters(wide, { scheme, seed: 7 })).toEqual(
        initializeParameters(wide, { scheme, seed: 7 }),
      );
      expect(initializeParameters(wide, { scheme, seed: 7 })).not.toEqual(
        initializeParameters(wide, { scheme, seed: 8 }),
      );
    }
  });

  it('xavier: weights within √(6/(fanIn + fanOut)), biases 0', () => {
    const limit = Math.sqrt(6 / (16 + 8));
    const weights = weightsOf(wide, 'xavier', 2);
    expect(weights.every((w) => Math.abs(w) <= limit)).toBe(true);
    expect(Math.max(...weights.map(Math.abs))).toBeGreaterThan(0.8 * limit);
    const parameters = initializeParameters(wide, { scheme: 'xavier', seed: 1 });
    expect(parameters.every((layer) => layer.biases.every((bias) => bias === 0))).toBe(true);
  });

  it('he: weights with standard deviation near √(2/fanIn), biases 0', () => {
    const samples = Array.from({ length: 40 }, (_, seed) => weightsOf(wide, 'he', 1, seed)).flat();
    const mean = samples.reduce((sum, w) => sum + w, 0) / samples.length;
    const deviation = Math.sqrt(
      samples.reduce((sum, w) => sum + (w - mean) ** 2, 0) / samples.length,
    );
    // 10,240 draws: the sample deviation is within a few percent of σ = √(2/16)
    expect(deviation / Math.sqrt(2 / 16)).toBeGreaterThan(0.95);
    expect(deviation / Math.sqrt(2 / 16)).toBeLessThan(1.05);
    expect(Math.abs(mean)).toBeLessThan(0.02);
  });

  it('zero: everything 0', () => {
    const parameters = initializeParameters(lesson, { scheme: 'zero', seed: 1 });
    expect(parameters.flatMap((layer) => [...layer.weights.flat(), ...layer.biases])).toEqual(
      Array(9).fill(0),
    );
  });

  it('rejects unknown schemes, bad ranges and seeds', () => {
    const bad: [object, string][] = [
      [{ scheme: 'orthogonal', seed: 1 }, 'scheme'],
      [{ scheme: 'uniform', seed: 1, range: -1 }, 'range'],
      [{ scheme: 'uniform', seed: Number.NaN }, 'seed'],
    ];
    for (const [options, field] of bad) {
      expect(() => initializeParameters(lesson, options as never)).toThrow(
        expect.objectContaining({ field }),
      );
    }
  });
});

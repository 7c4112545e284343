import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/core/errors';
import {
  createArchitectureRun,
  measureRun,
  trainSteps,
} from '../../../../src/labs/architecture/model/architecture-run';
import type { ArchitectureRunConfig } from '../../../../src/labs/architecture/model/architecture-run';
import {
  CLASS_ONE_RGB,
  CLASS_ZERO_RGB,
  fillHeatmapPixels,
  UNDECIDED_RGB,
} from '../../../../src/labs/architecture/model/architecture-palette';
import type { Example } from '../../../../src/core/types';
import type { Trainer } from '../../../../src/core/training/trainer';

const CIRCLE: ArchitectureRunConfig = {
  features: ['x1', 'x2'],
  widths: [8, 8],
  activations: ['tanh', 'tanh'],
  dataset: 'circle',
  noise: 0.1,
  testFraction: 0.2,
  batchSize: 10,
  seed: 42,
  optimizer: 'adam',
  learningRate: 0.03,
};

/** Mean −[y log ŷ + (1 − y) log(1 − ŷ)] computed from predict(). */
function crossEntropy(trainer: Trainer, examples: readonly Example[]): number {
  let sum = 0;
  for (const { input, target } of examples) {
    const output = trainer.predict(input)[0]!;
    sum -= target[0] === 1 ? Math.log(output) : Math.log(1 - output);
  }
  return sum / examples.length;
}

describe('an architecture run', () => {
  it('holds out the test share and measures loss and accuracy like a hand count', () => {
    const run = createArchitectureRun(CIRCLE);
    expect(run.dataset.test).toHaveLength(40);
    expect(run.dataset.train).toHaveLength(160);
    const stats = measureRun(run);
    expect(stats.step).toBe(0);
    expect(stats.trainLoss).toBeCloseTo(crossEntropy(run.trainer, run.dataset.train), 10);
    expect(stats.testLoss).toBeCloseTo(crossEntropy(run.trainer, run.dataset.test), 10);
    const right = run.dataset.test.filter(
      ({ input, target }) => (run.trainer.predict(input)[0]! >= 0.5 ? 1 : 0) === target[0],
    ).length;
    expect(stats.testAccuracy).toBe(right / 40);
  });

  it('learns the circle with 2–8–8–1 tanh in a few hundred steps', () => {
    const run = createArchitectureRun(CIRCLE);
    const before = measureRun(run);
    expect(trainSteps(run, 600)).toBe('ok');
    const after = measureRun(run);
    expect(after.step).toBe(600);
    expect(after.trainLoss).toBeLessThan(before.trainLoss / 3);
    expect(after.trainAccuracy).toBeGreaterThan(0.95);
    expect(after.testAccuracy).toBeGreaterThan(0.9);
    // the disc of class 1 (r < 0.5) covers a minority of the plane
    expect(after.classOneShare).toBeGreaterThan(0.03);
    expect(after.classOneShare).toBeLessThan(0.5);
  });

  it('has no test set, and no test numbers, for the logic sets', () => {
    const run = createArchitectureRun({ ...CIRCLE, dataset: 'xor', testFraction: 0.5 });
    expect(run.dataset.train).toHaveLength(4);
    const stats = measureRun(run);
    expect(stats.testLoss).toBeNull();
    expect(stats.testAccuracy).toBeNull();
    expect(run.bounds).toEqual({ xMin: -0.25, xMax: 1.25, yMin: -0.25, yMax: 1.25 });
  });

  it('reports a diverged step and keeps finite parameters', () => {
    const run = createArchitectureRun({
      ...CIRCLE,
      activations: ['linear', 'linear'],
      optimizer: 'sgd',
      learningRate: 1e200,
    });
    expect(trainSteps(run, 50)).toBe('diverged');
    const flat = run.trainer
      .parameters()
      .flatMap((layer) => [...layer.weights.flat(), ...layer.biases]);
    expect(flat.every(Number.isFinite)).toBe(true);
  });

  it('rejects an impossible configuration with ConfigurationError', () => {
    expect(() => createArchitectureRun({ ...CIRCLE, widths: [2, 2, 2, 2, 2, 2, 2] })).toThrow(
      ConfigurationError,
    );
    expect(() => createArchitectureRun({ ...CIRCLE, features: [] })).toThrow(ConfigurationError);
    expect(() => createArchitectureRun({ ...CIRCLE, noise: 2 })).toThrow(ConfigurationError);
    expect(() => createArchitectureRun({ ...CIRCLE, learningRate: -1 })).toThrow(
      ConfigurationError,
    );
  });
});

describe('fillHeatmapPixels', () => {
  it('maps 0, 0.5 and 1 to the two class colours and the neutral middle', () => {
    const pixels = new Uint8ClampedArray(16);
    fillHeatmapPixels(Float64Array.from([0, 0.5, 1, Number.NaN]), pixels);
    expect([...pixels.slice(0, 4)]).toEqual([...CLASS_ZERO_RGB, 255]);
    expect([...pixels.slice(4, 8)]).toEqual([...UNDECIDED_RGB, 255]);
    expect([...pixels.slice(8, 12)]).toEqual([...CLASS_ONE_RGB, 255]);
    expect([...pixels.slice(12, 16)]).toEqual([128, 128, 128, 255]);
  });

  it('changes monotonically on each side of 0.5', () => {
    const values = Float64Array.from({ length: 11 }, (_, index) => index / 10);
    const pixels = new Uint8ClampedArray(44);
    fillHeatmapPixels(values, pixels);
    const red = (index: number) => pixels[index * 4]!;
    for (let index = 1; index <= 5; index++)
      expect(red(index)).toBeGreaterThanOrEqual(red(index - 1));
    for (let index = 6; index <= 10; index++)
      expect(red(index)).toBeLessThanOrEqual(red(index - 1));
  });
});

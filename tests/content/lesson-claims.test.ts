// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lessonExamples, xorExamples } from '../../src/core/data/logic-datasets';
import { exerciseSpec, type ExerciseActivation } from '../../src/core/exercise/config';
import { runIterations } from '../../src/core/exercise/run';
import { traceExample } from '../../src/core/network/trace';
import { DEFAULT_SEED, initializeParameters } from '../../src/core/training/initialization';
import type { NetworkParameters } from '../../src/core/types';
import { runVanishingPair } from '../../src/labs/vanishing-gradients/model/vanishing';
import { VANISHING_PRESETS } from '../../src/labs/vanishing-gradients/store';

/**
 * What the lesson says the exercise and the labs do, run through the core: if the app changes,
 * these fail and point at the sentence to rewrite (the lesson quotes each number).
 */
const seeded = (seed: number) =>
  initializeParameters(exerciseSpec('sigmoid', 'halfSquaredError'), { scheme: 'uniform', seed });
const zeros = () =>
  initializeParameters(exerciseSpec('sigmoid', 'halfSquaredError'), { scheme: 'zero', seed: 0 });
const flat = (parameters: NetworkParameters) =>
  parameters.flatMap((layer) => [...layer.weights.flat(), ...layer.biases]);

describe('the exercise, as the lesson describes it', () => {
  it('default seed: the first hidden unit starts with z₁ ≈ −0.50 (inactive under ReLU)', () => {
    const trace = traceExample(exerciseSpec('relu', 'halfSquaredError'), seeded(DEFAULT_SEED), {
      input: [1, 0.5],
      target: [1],
    });
    expect(trace.layers[0]!.z[0]).toBeCloseTo(-0.4999, 3);
    expect(trace.layers[0]!.a[0]).toBe(0);
  });

  it('“A step too large”: seed 0, Tanh, BCE, η = 50 raises the loss on the first step', () => {
    const spec = exerciseSpec('tanh', 'binaryCrossEntropy');
    const run = runIterations(spec, lessonExamples(), seeded(0), 50, 2, 0);
    expect(run.losses[0]).toBeCloseTo(0.954, 3);
    expect(run.losses[1]).toBeCloseTo(13.34, 2);
    const before = traceExample(spec, seeded(0), lessonExamples()[0]!);
    const after = traceExample(
      spec,
      runIterations(spec, lessonExamples(), seeded(0), 50, 1, 0).parameters,
      lessonExamples()[0]!,
    );
    expect(before.layers[1]!.a[0]).toBeCloseTo(0.385, 3);
    expect(after.layers[1]!.a[0]).toBeCloseTo(1.6e-6, 7);
    // and the next step jumps back, to a loss below 1e-59
    expect(runIterations(spec, lessonExamples(), seeded(0), 50, 3, 0).losses[2]).toBeLessThan(
      1e-59,
    );
  });

  it('the single example at the defaults: the loss falls at every step for η = 0.01 and 1', () => {
    for (const eta of [0.01, 1]) {
      const { losses } = runIterations(
        exerciseSpec('sigmoid', 'halfSquaredError'),
        lessonExamples(),
        seeded(DEFAULT_SEED),
        eta,
        10_000,
        0,
      );
      for (let index = 1; index < losses.length; index++) {
        expect(losses[index]!).toBeLessThanOrEqual(losses[index - 1]!);
      }
    }
  });

  it('the single example at the defaults reaches 0.01 and 0.001 in about 190 and 1,630 iterations', () => {
    const spec = exerciseSpec('sigmoid', 'halfSquaredError');
    const to = (target: number) =>
      runIterations(spec, lessonExamples(), seeded(DEFAULT_SEED), 0.1, 100_000, 0, target)
        .iterations;
    expect(Math.abs(to(0.01) - 190)).toBeLessThanOrEqual(10);
    expect(Math.abs(to(0.001) - 1630)).toBeLessThanOrEqual(10);
  });

  it('XOR at the defaults sits near 0.125 past the 10,000-iteration limit and drops by 30,000', () => {
    const { losses } = runIterations(
      exerciseSpec('sigmoid', 'halfSquaredError'),
      xorExamples(),
      seeded(DEFAULT_SEED),
      0.1,
      30_001,
      0,
    );
    expect(losses[10_000]).toBeCloseTo(0.125, 2);
    expect(losses[15_000]).toBeGreaterThan(0.12);
    expect(losses[30_000]).toBeLessThan(0.01);
  });

  it.each(['sigmoid', 'tanh'] as const)(
    'XOR with η = 50 and squared error (%s) never diverges: the loss sticks at 0.25',
    (activation: ExerciseActivation) => {
      const run = runIterations(
        exerciseSpec(activation, 'halfSquaredError'),
        xorExamples(),
        seeded(DEFAULT_SEED),
        50,
        20_000,
        0,
      );
      expect(run.status).toBe('ok');
      expect(run.losses[run.losses.length - 1]).toBeCloseTo(0.25, 3);
      expect(Math.max(...run.losses.subarray(1, 6))).toBeGreaterThan(run.losses[0]!);
    },
  );

  it.each(['tanh', 'relu'] as const)('zero weights with %s: only c ever learns', (activation) => {
    const run = runIterations(
      exerciseSpec(activation, 'halfSquaredError'),
      xorExamples(),
      zeros(),
      0.1,
      1000,
      0,
    );
    const [hidden, output] = run.parameters;
    expect(flat([hidden!])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(output!.weights.flat()).toEqual([0, 0]);
    expect(output!.biases[0]).not.toBe(0);
  });

  it('zero weights with Sigmoid: the first step moves only v₁, v₂ and c', () => {
    const spec = exerciseSpec('sigmoid', 'halfSquaredError');
    const [hidden, output] = runIterations(spec, lessonExamples(), zeros(), 0.1, 1, 0).parameters;
    expect(flat([hidden!]).every((value) => value === 0)).toBe(true);
    expect(output!.weights.flat().every((value) => value !== 0)).toBe(true);
    const second = runIterations(spec, lessonExamples(), zeros(), 0.1, 2, 0).parameters[0]!;
    expect(second.weights[0]).toEqual(second.weights[1]);
    expect(flat([second]).some((value) => value !== 0)).toBe(true);
  });
});

describe('the vanishing-gradients lab, as the lesson describes it', () => {
  it('“Vanish (Xavier)”: the first layer’s gradient is about 1/6,400 of the output’s', () => {
    const norms = runVanishingPair(VANISHING_PRESETS.vanishing).sigmoid.norms[0]!;
    const ratio = norms[norms.length - 1]! / norms[0]!;
    expect(ratio).toBeGreaterThan(6000);
    expect(ratio).toBeLessThan(6800);
  });
});

import { describe, expect, it } from 'vitest';
import { clampLearningRate, exerciseSpec, LEARNING_RATE } from '../../../src/core/exercise/config';
import { exerciseExamples, LESSON_EXAMPLE_DEFAULT } from '../../../src/core/exercise/data';
import type { Example } from '../../../src/core/types';

describe('clampLearningRate', () => {
  it('keeps a rate inside the slider range', () => {
    expect(clampLearningRate(0.35, false)).toBe(0.35);
    expect(clampLearningRate(LEARNING_RATE.minimum, false)).toBe(LEARNING_RATE.minimum);
    expect(clampLearningRate(7, true)).toBe(7);
  });

  it('clamps to [0.01, 1], or to [0.01, 50] on the wide scale', () => {
    expect(clampLearningRate(0.001, false)).toBe(0.01);
    expect(clampLearningRate(-3, true)).toBe(0.01);
    expect(clampLearningRate(7, false)).toBe(1);
    expect(clampLearningRate(1000, true)).toBe(50);
  });

  it('replaces a non-finite rate by the default 0.1', () => {
    for (const wide of [false, true]) {
      expect(clampLearningRate(Number.NaN, wide)).toBe(0.1);
      expect(clampLearningRate(Infinity, wide)).toBe(0.1);
      expect(clampLearningRate(-Infinity, wide)).toBe(0.1);
    }
  });
});

describe('exercise data and network', () => {
  const truthTable = (rule: (a: number, b: number) => number): Example[] =>
    [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ].map(([a, b]) => ({ input: [a!, b!], target: [rule(a!, b!)] }));

  it('uses the learner’s own example for the lesson data set', () => {
    const own: Example = { input: [0.3, -2], target: [0] };
    expect(exerciseExamples('lesson', own)).toEqual([own]);
    expect(exerciseExamples('lesson', LESSON_EXAMPLE_DEFAULT)).toEqual([
      { input: [1, 0.5], target: [1] },
    ]);
  });

  it('uses the four points of each logic gate', () => {
    expect(exerciseExamples('and', LESSON_EXAMPLE_DEFAULT)).toEqual(truthTable((a, b) => a & b));
    expect(exerciseExamples('or', LESSON_EXAMPLE_DEFAULT)).toEqual(truthTable((a, b) => a | b));
    expect(exerciseExamples('xor', LESSON_EXAMPLE_DEFAULT)).toEqual(truthTable((a, b) => a ^ b));
  });

  it('builds the 2–2–1 net with the chosen hidden activation and a sigmoid output', () => {
    expect(exerciseSpec('relu', 'binaryCrossEntropy')).toEqual({
      inputSize: 2,
      layers: [
        { size: 2, activation: 'relu' },
        { size: 1, activation: 'sigmoid' },
      ],
      loss: 'binaryCrossEntropy',
    });
  });
});

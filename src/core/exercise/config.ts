import type { ActivationName, LossName, NetworkSpec } from '../types';

/** The hidden activations the exercise offers (the output is always σ). */
export const EXERCISE_ACTIVATIONS = [
  'sigmoid',
  'tanh',
  'relu',
] as const satisfies readonly ActivationName[];
export type ExerciseActivation = (typeof EXERCISE_ACTIVATIONS)[number];

/** The losses the exercise offers: the lesson's ½(y − ŷ)², or binary cross-entropy. */
export const EXERCISE_LOSSES = [
  'halfSquaredError',
  'binaryCrossEntropy',
] as const satisfies readonly LossName[];
export type ExerciseLoss = (typeof EXERCISE_LOSSES)[number];

/** The exercise's training data: the lesson's single example, or a logic gate's four points. */
export const EXERCISE_DATASETS = ['lesson', 'and', 'or', 'xor'] as const;
export type ExerciseDataset = (typeof EXERCISE_DATASETS)[number];

/** The learning-rate slider: 0.01–1.00 in steps of 0.01 (default 0.10), or up to 50 on a log scale. */
export const LEARNING_RATE = {
  minimum: 0.01,
  maximum: 1,
  step: 0.01,
  initial: 0.1,
  wideMaximum: 50,
} as const;

/** The lesson's 2–2–1 network: two inputs, two hidden units with activation g, one sigmoid output. */
export function exerciseSpec(activation: ExerciseActivation, loss: ExerciseLoss): NetworkSpec {
  return {
    inputSize: 2,
    layers: [
      { size: 2, activation },
      { size: 1, activation: 'sigmoid' },
    ],
    loss,
  };
}

/** Clamp η into the slider's range (the wide range when `wide`); non-finite values become the default. */
export function clampLearningRate(value: number, wide: boolean): number {
  if (!Number.isFinite(value)) return LEARNING_RATE.initial;
  const maximum = wide ? LEARNING_RATE.wideMaximum : LEARNING_RATE.maximum;
  return Math.min(maximum, Math.max(LEARNING_RATE.minimum, value));
}

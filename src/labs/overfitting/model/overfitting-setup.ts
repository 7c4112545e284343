import { createDataset } from '../../../core/data/datasets';
import { initializeParameters } from '../../../core/training/initialization';
import type { Example, NetworkParameters, NetworkSpec } from '../../../core/types';

/**
 * A network far bigger than 20 noisy points need: 2–16–16–1 with tanh hidden units and a sigmoid
 * output trained on binary cross-entropy, so it can bend its boundary around every training point.
 */
export const OVERFITTING_SPEC: NetworkSpec = {
  inputSize: 2,
  layers: [
    { size: 16, activation: 'tanh' },
    { size: 16, activation: 'tanh' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'binaryCrossEntropy',
};

/** Two overlapping Gaussian blobs (σ ≈ √(0.2² + 0.5²) per axis). */
export const OVERFITTING_DATA = { name: 'twoGaussians', noise: 0.5 } as const;

/** Points in each set: drawn together, shuffled, then cut in this order. */
export const OVERFITTING_SPLIT = { train: 20, validation: 20, test: 20 } as const;

/**
 * The three sets: `train` fits the weights, `validation` decides (the best step, early stopping),
 * and `test` is only measured once training is over, so its number is an unbiased estimate.
 */
export interface OverfittingDataset {
  train: Example[];
  validation: Example[];
  test: Example[];
}

/** Adam with η = 0.003 on the full training batch: slow enough to see the validation loss turn. */
export const OVERFITTING_LEARNING_RATE = 0.003;

/** Steps between two evaluations of the training and validation losses. */
export const OVERFITTING_EVALUATION_INTERVAL = 10;

/** Training stops here when early stopping is off (or never triggers). */
export const OVERFITTING_MAX_STEPS = 2000;

/** The seed whose data and initial weights show the classic U-shaped validation curve. */
export const OVERFITTING_DEFAULT_SEED = 68;

/** The data for a seed: 60 points cut into 20 training, 20 validation and 20 test points. */
export function overfittingDataset(seed: number): OverfittingDataset {
  const { train, validation, test } = OVERFITTING_SPLIT;
  const points = createDataset(OVERFITTING_DATA.name, {
    count: train + validation + test,
    noise: OVERFITTING_DATA.noise,
    testFraction: 0,
    seed,
  }).train;
  return {
    train: points.slice(0, train),
    validation: points.slice(train, train + validation),
    test: points.slice(train + validation),
  };
}

/** Xavier initial weights for a seed (the same seed also draws the data). */
export function overfittingInitialParameters(seed: number): NetworkParameters {
  return initializeParameters(OVERFITTING_SPEC, { scheme: 'xavier', seed });
}

/** Euclidean norm ‖w‖ = √(Σ w²) of the weights only (biases are not penalised by L2). */
export function weightNorm(parameters: NetworkParameters): number {
  let sum = 0;
  for (const layer of parameters)
    for (const row of layer.weights) for (const w of row) sum += w * w;
  return Math.sqrt(sum);
}

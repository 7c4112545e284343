import { createDataset } from '../../../core/data/datasets';
import type { Dataset } from '../../../core/data/datasets';
import { initializeParameters } from '../../../core/training/initialization';
import type { NetworkParameters, NetworkSpec } from '../../../core/types';

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

/** 40 points from two overlapping Gaussian blobs (σ ≈ √(0.2² + 0.5²) per axis), half held out. */
export const OVERFITTING_DATA = {
  name: 'twoGaussians',
  count: 40,
  noise: 0.5,
  testFraction: 0.5,
} as const;

/** Adam with η = 0.003 on the full training batch: slow enough to see the test loss turn. */
export const OVERFITTING_LEARNING_RATE = 0.003;

/** Steps between two evaluations of the train and test losses. */
export const OVERFITTING_EVALUATION_INTERVAL = 10;

/** Training stops here when early stopping is off (or never triggers). */
export const OVERFITTING_MAX_STEPS = 2000;

/** The seed whose data and initial weights show the classic U-shaped test curve. */
export const OVERFITTING_DEFAULT_SEED = 3;

/** The dataset for a seed: 20 training and 20 test points. */
export function overfittingDataset(seed: number): Dataset {
  const { name, ...options } = OVERFITTING_DATA;
  return createDataset(name, { ...options, seed });
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

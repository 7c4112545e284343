import { createDataset } from '../../../core/data/datasets';
import { ConfigurationError } from '../../../core/errors';
import { initializeParameters } from '../../../core/training/initialization';
import type { InitializationScheme } from '../../../core/training/initialization';
import { createTrainer } from '../../../core/training/trainer';
import type { Example, NetworkSpec } from '../../../core/types';
import { layerWeightNorms } from './gradient-norms';

/** The two hidden activations compared side by side. */
export const VANISHING_ACTIVATIONS = ['sigmoid', 'relu'] as const;
export type VanishingActivation = (typeof VANISHING_ACTIVATIONS)[number];

export const VANISHING_SCHEMES = ['uniform', 'xavier', 'he'] as const;

/** Most hidden layers: the core's networks have at most 6 hidden layers and the output. */
export const VANISHING_MAX_DEPTH = 6;

/** One experiment: a deep, narrow net on the 2-D circle set, trained by full-batch gradient descent. */
export interface VanishingConfig {
  /** Number of hidden layers (2–6, the core's limit); the output layer comes on top. */
  depth: number;
  /** Neurons per hidden layer (2–16). */
  width: number;
  scheme: Exclude<InitializationScheme, 'zero'>;
  /** Half-width of the 'uniform' scheme. */
  range: number;
  /** Global-norm clipping threshold c; 0 = no clipping. */
  clipNorm: number;
  /** Training steps to record (1–1000). */
  steps: number;
  learningRate: number;
  /** Seeds the initial parameters (the same draw for both activations) and the data. */
  seed: number;
}

export const DEFAULT_VANISHING_CONFIG: VanishingConfig = {
  depth: 6,
  width: 6,
  scheme: 'xavier',
  range: 1,
  clipNorm: 0,
  steps: 150,
  learningRate: 0.2,
  seed: 7,
};

/** What one activation's network did: per step, the weight-gradient norm of every layer. */
export interface VanishingRun {
  activation: VanishingActivation;
  /** norms[t][l] = ‖∂J/∂W_l‖ of the gradient applied at step t+1 (after clipping); layer 0 = first hidden. */
  norms: number[][];
  /** losses[t] = J before update t+1. */
  losses: number[];
  /** The step whose loss, gradient or parameters went non-finite (training stopped there), or null. */
  divergedAt: number | null;
}

/** The network: `depth` hidden layers of `width` neurons with `activation`, one sigmoid output, BCE. */
export function vanishingSpec(
  config: VanishingConfig,
  activation: VanishingActivation,
): NetworkSpec {
  return {
    inputSize: 2,
    layers: [
      ...Array.from({ length: config.depth }, () => ({ size: config.width, activation })),
      { size: 1, activation: 'sigmoid' as const },
    ],
    loss: 'binaryCrossEntropy',
  };
}

function requireInteger(field: string, value: number, low: number, high: number): void {
  if (!Number.isInteger(value) || value < low || value > high) {
    throw new ConfigurationError(field, `must be an integer from ${low} to ${high}`);
  }
}

/** Throws ConfigurationError naming the first bad field. */
export function validateVanishingConfig(config: VanishingConfig): void {
  requireInteger('depth', config.depth, 2, VANISHING_MAX_DEPTH);
  requireInteger('width', config.width, 2, 16);
  requireInteger('steps', config.steps, 1, 1000);
  if (!(VANISHING_SCHEMES as readonly string[]).includes(config.scheme)) {
    throw new ConfigurationError('scheme', `unknown scheme '${String(config.scheme)}'`);
  }
  if (!Number.isFinite(config.clipNorm) || config.clipNorm < 0) {
    throw new ConfigurationError('clipNorm', 'must be ≥ 0 (0 = no clipping)');
  }
}

/** Points of the circle set, all of them in every step's batch. */
export const VANISHING_POINT_COUNT = 80;

/** The circle set the experiment trains on (fixed, so only the network changes between runs). */
export function vanishingExamples(seed: number): Example[] {
  return createDataset('circle', {
    count: VANISHING_POINT_COUNT,
    noise: 0.05,
    testFraction: 0,
    seed,
  }).train;
}

/** Trains one activation's network for `config.steps` steps and records the layer norms. */
export function runVanishing(
  config: VanishingConfig,
  activation: VanishingActivation,
  examples: readonly Example[] = vanishingExamples(config.seed),
): VanishingRun {
  validateVanishingConfig(config);
  const spec = vanishingSpec(config, activation);
  // same seed and same shapes: both activations start from the same numbers
  const initial = initializeParameters(spec, {
    scheme: config.scheme,
    seed: config.seed,
    range: config.range,
  });
  const trainer = createTrainer(spec, initial, examples, {
    learningRate: config.learningRate,
    optimizer: { name: 'sgd' },
    batchSize: 0,
    seed: config.seed,
    ...(config.clipNorm > 0 ? { clipNorm: config.clipNorm } : {}),
  });
  const run: VanishingRun = { activation, norms: [], losses: [], divergedAt: null };
  for (let step = 1; step <= config.steps; step++) {
    const { loss, status } = trainer.step();
    const norms = layerWeightNorms(trainer.gradients());
    if (status === 'diverged' || !norms.every(Number.isFinite)) {
      run.divergedAt = step;
      break;
    }
    run.norms.push(norms);
    run.losses.push(loss);
  }
  return run;
}

/** Both activations from the same initial draw. */
export function runVanishingPair(
  config: VanishingConfig,
): Record<VanishingActivation, VanishingRun> {
  const examples = vanishingExamples(config.seed);
  return {
    sigmoid: runVanishing(config, 'sigmoid', examples),
    relu: runVanishing(config, 'relu', examples),
  };
}

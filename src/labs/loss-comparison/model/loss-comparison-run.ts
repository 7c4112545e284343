import { createDataset } from '../../../core/data/datasets';
import { ConfigurationError } from '../../../core/errors';
import { cloneParameters } from '../../../core/network/parameters';
import { traceExample } from '../../../core/network/trace';
import { initializeParameters } from '../../../core/training/initialization';
import { createTrainer } from '../../../core/training/trainer';
import type { Trainer } from '../../../core/training/trainer';
import type { Example, NetworkParameters, NetworkSpec } from '../../../core/types';
import { outputSlope, sigmoidSlope } from './loss-comparison';
import type { ComparedLoss } from './loss-comparison';

/** The two runs: the lesson's ½ squared error ("MSE") and binary cross-entropy. */
export const RUN_LOSSES = [
  'halfSquaredError',
  'binaryCrossEntropy',
] as const satisfies readonly ComparedLoss[];
export type RunLoss = (typeof RUN_LOSSES)[number];

/** Output bias c of the saturated start: z_o ≥ 8 − Σ|v_i| ≥ 4 on every input, so ŷ > 0.98. */
export const SATURATED_BIAS = 8;

export interface ComparisonConfig {
  /** Start with the output pinned near 1 (wrong for the XOR examples whose target is 0). */
  saturated: boolean;
  learningRate: number;
  seed: number;
}

export const DEFAULT_COMPARISON_CONFIG: ComparisonConfig = {
  saturated: true,
  learningRate: 1,
  seed: 1,
};

/** A 2–4–1 sigmoid network on XOR with the given loss. */
export function comparisonSpec(loss: RunLoss): NetworkSpec {
  return {
    inputSize: 2,
    layers: [
      { size: 4, activation: 'sigmoid' },
      { size: 1, activation: 'sigmoid' },
    ],
    loss,
  };
}

export const COMPARISON_EXAMPLES: readonly Example[] = createDataset('xor').train;

/** The shared initial parameters (uniform in [−1, 1]); the saturated start sets the output bias. */
export function comparisonStart(config: ComparisonConfig): NetworkParameters {
  if (!(Number.isFinite(config.learningRate) && config.learningRate > 0)) {
    throw new ConfigurationError('learningRate', 'must be a finite number > 0');
  }
  const parameters = initializeParameters(comparisonSpec('halfSquaredError'), {
    scheme: 'uniform',
    seed: config.seed,
    range: 1,
  });
  // comparisonSpec has two layers, so parameters[1] is the output layer
  if (config.saturated) parameters[1]!.biases[0] = SATURATED_BIAS;
  return parameters;
}

/** One run's state at the current step, for one chosen example. */
export interface RunSnapshot {
  /** J = mean ℓ over the four examples. */
  loss: number;
  /** Share of examples with ŷ on the right side of ½. */
  accuracy: number;
  /** The chosen example's output logit z_o (`z`), ŷ = σ(z_o), target y, σ′(z_o), ∂ℓ/∂z_o. */
  z: number;
  prediction: number;
  target: number;
  slope: number;
  dLossDz: number;
}

/** The accuracy of `parameters` on the examples: ŷ ≥ ½ counts as class 1. */
function accuracyOf(trainer: Trainer, examples: readonly Example[]): number {
  let right = 0;
  // the 2–4–1 net predicts one output, and each XOR example has one target
  for (const example of examples) {
    const prediction = trainer.predict(example.input)[0]!;
    if (prediction >= 0.5 === example.target[0]! >= 0.5) right++;
  }
  return right / examples.length;
}

/** Reads one trainer's loss, accuracy and output gradient for example `exampleIndex`. */
export function snapshotRun(trainer: Trainer, loss: RunLoss, exampleIndex: number): RunSnapshot {
  const example = COMPARISON_EXAMPLES[exampleIndex];
  if (!example) throw new ConfigurationError('example', `no example ${exampleIndex}`);
  const trace = traceExample(comparisonSpec(loss), trainer.parameters(), example);
  // comparisonSpec's second layer is its one-neuron output, and each XOR example has one target
  const z = trace.layers[1]!.z[0]!;
  const target = example.target[0]!;
  return {
    loss: trainer.evaluate(COMPARISON_EXAMPLES),
    accuracy: accuracyOf(trainer, COMPARISON_EXAMPLES),
    z,
    prediction: trace.prediction[0]!,
    target,
    slope: sigmoidSlope(z),
    dLossDz: outputSlope(loss, z, target),
  };
}

/** Two full-batch SGD trainers, one per loss, from the same initial parameters. */
export function createComparisonTrainers(config: ComparisonConfig): Record<RunLoss, Trainer> {
  const start = comparisonStart(config);
  const make = (loss: RunLoss) =>
    createTrainer(comparisonSpec(loss), cloneParameters(start), COMPARISON_EXAMPLES, {
      learningRate: config.learningRate,
      optimizer: { name: 'sgd' },
      batchSize: 0,
      seed: config.seed,
    });
  return {
    halfSquaredError: make('halfSquaredError'),
    binaryCrossEntropy: make('binaryCrossEntropy'),
  };
}

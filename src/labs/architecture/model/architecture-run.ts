import { createDataset } from '../../../core/data/datasets';
import type { Dataset, DatasetName } from '../../../core/data/datasets';
import { initializeParameters } from '../../../core/training/initialization';
import type { OptimizerName } from '../../../core/training/optimizers';
import { createTrainer } from '../../../core/training/trainer';
import type { Trainer } from '../../../core/training/trainer';
import type { Tape } from '../../../core/tape/tape';
import type { Example, NetworkSpec } from '../../../core/types';
import { buildArchitectureSpec } from './architecture';
import type { ArchitectureConfig } from './architecture';
import { datasetBounds, fillDecisionGrid } from './decision-grid';
import type { GridBounds } from './decision-grid';
import { featureVector } from './features';
import type { FeatureName } from './features';
import { createLossHistory, recordLoss } from './loss-history';
import type { LossHistory } from './loss-history';
import {
  createNeuronProbe,
  fillFeatureGrids,
  fillNeuronGrids,
  loadProbeParameters,
  neuronGridBuffers,
} from './neuron-grid';

/** Cells per side of the decision grid. */
export const GRID_RESOLUTION = 64;
/** Cells per side of each neuron's picture in the network drawing. */
export const NEURON_RESOLUTION = 24;

/** Everything that decides a run: the network, the data and the training settings. */
export interface ArchitectureRunConfig extends ArchitectureConfig {
  dataset: DatasetName;
  /** Standard deviation of the jitter on the 2-D sets (0–1). */
  noise: number;
  /** Share of the 2-D points held out for testing, in [0, 1). */
  testFraction: number;
  /** Examples per update; 0 = the whole training set. */
  batchSize: number;
  /** Seeds the data, the initial weights (Xavier) and the shuffling. */
  seed: number;
  optimizer: OptimizerName;
  learningRate: number;
}

/** What the lab shows after each frame. */
export interface ArchitectureStats {
  step: number;
  /** Mean binary cross-entropy over the training set. */
  trainLoss: number;
  /** Mean binary cross-entropy over the test set; null when there is none. */
  testLoss: number | null;
  /** Share of training points with (ŷ ≥ 0.5) equal to their class. */
  trainAccuracy: number;
  testAccuracy: number | null;
  /** Share of the grid's cells predicted as class 1 (ŷ ≥ 0.5). */
  classOneShare: number;
}

/** The examples as the network sees them: each point (x₁, x₂) turned into its feature vector. */
export function mapExamples(
  examples: readonly Example[],
  features: readonly FeatureName[],
): Example[] {
  // the lab's 2-D sets have two coordinates per point
  return examples.map(({ input, target }) => ({
    input: featureVector(features, input[0]!, input[1]!),
    target: [...target],
  }));
}

/** Share of examples classified right, with class 1 when ŷ ≥ 0.5. */
export function accuracy(trainer: Trainer, examples: readonly Example[]): number {
  let right = 0;
  // the lab's networks end in one sigmoid unit (buildArchitectureSpec), so ŷ has one entry
  for (const example of examples) {
    const predicted = trainer.predict(example.input)[0]! >= 0.5 ? 1 : 0;
    if (predicted === example.target[0]) right++;
  }
  return right / examples.length;
}

/** One training run of the lab: the trainer, its data and the grids over the plane. */
export interface ArchitectureRun {
  readonly spec: NetworkSpec;
  readonly features: readonly FeatureName[];
  /** The points as drawn: (x₁, x₂) and the class. */
  readonly dataset: Dataset;
  /** The same points as the network sees them (mapExamples). */
  readonly examples: Dataset;
  readonly trainer: Trainer;
  readonly bounds: GridBounds;
  /** ŷ per cell, row-major from the top-left (see fillDecisionGrid). */
  readonly grid: Float64Array;
  readonly resolution: number;
  /** A core tape loaded with the trainer's parameters at each measurement, read per neuron. */
  readonly probe: Tape;
  readonly neuronResolution: number;
  /** neuronGrids[l][i·cells + cell]: neuron i of layer l over the plane (fillNeuronGrids). */
  readonly neuronGrids: readonly Float64Array[];
  /** featureGrids[k·cells + cell]: input k over the plane (fillFeatureGrids). */
  readonly featureGrids: Float64Array;
  /** Losses per step since step 0, for the sparkline. */
  readonly history: LossHistory;
}

/** Builds a run; throws ConfigurationError for an impossible configuration. */
export function createArchitectureRun(config: ArchitectureRunConfig): ArchitectureRun {
  const spec = buildArchitectureSpec(config);
  const dataset = createDataset(config.dataset, {
    noise: config.noise,
    testFraction: config.testFraction,
    seed: config.seed,
  });
  const { features } = config;
  const examples = {
    train: mapExamples(dataset.train, features),
    test: mapExamples(dataset.test, features),
  };
  const parameters = initializeParameters(spec, { scheme: 'xavier', seed: config.seed });
  const trainer = createTrainer(spec, parameters, examples.train, {
    learningRate: config.learningRate,
    optimizer: { name: config.optimizer },
    batchSize: config.batchSize,
    seed: config.seed,
  });
  const resolution = GRID_RESOLUTION;
  const neuronResolution = NEURON_RESOLUTION;
  const bounds = datasetBounds([...dataset.train, ...dataset.test]);
  const featureGrids = new Float64Array(features.length * neuronResolution ** 2);
  fillFeatureGrids(features, { resolution: neuronResolution, bounds }, featureGrids);
  return {
    spec,
    features,
    dataset,
    examples,
    trainer,
    bounds,
    grid: new Float64Array(resolution ** 2),
    resolution,
    probe: createNeuronProbe(spec),
    neuronResolution,
    neuronGrids: neuronGridBuffers(spec, neuronResolution),
    featureGrids,
    history: createLossHistory(),
  };
}

/**
 * Up to `steps` updates; stops at the first that diverges (the trainer then restored the last
 * finite parameters). Returns 'diverged' or 'ok'.
 */
export function trainSteps(run: ArchitectureRun, steps: number): 'ok' | 'diverged' {
  for (let index = 0; index < steps; index++) {
    if (run.trainer.step().status === 'diverged') return 'diverged';
  }
  return 'ok';
}

/** The network's output ŷ at the point (x₁, x₂) with the current parameters. */
export function predictPoint(run: ArchitectureRun, x1: number, x2: number): number {
  // the output layer is one sigmoid unit (buildArchitectureSpec)
  return run.trainer.predict(featureVector(run.features, x1, x2))[0]!;
}

/**
 * Refreshes the decision grid and every neuron's grid, measures losses and accuracies with the
 * current parameters, and records the losses in the history.
 */
export function measureRun(run: ArchitectureRun): ArchitectureStats {
  const { trainer, examples, features, bounds } = run;
  const classOneShare = fillDecisionGrid(trainer, run.grid, run.resolution, bounds, features);
  loadProbeParameters(run.probe, trainer.parameters());
  fillNeuronGrids(
    run.probe,
    features,
    { resolution: run.neuronResolution, bounds },
    run.neuronGrids,
  );
  const hasTest = examples.test.length > 0;
  const stats = {
    step: trainer.stepCount,
    trainLoss: trainer.evaluate(examples.train),
    testLoss: hasTest ? trainer.evaluate(examples.test) : null,
    trainAccuracy: accuracy(trainer, examples.train),
    testAccuracy: hasTest ? accuracy(trainer, examples.test) : null,
    classOneShare,
  };
  recordLoss(run.history, stats.step, stats.trainLoss, stats.testLoss);
  return stats;
}

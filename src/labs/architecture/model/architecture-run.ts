import { createDataset } from '../../../core/data/datasets';
import type { Dataset, DatasetName } from '../../../core/data/datasets';
import { initializeParameters } from '../../../core/training/initialization';
import type { OptimizerName } from '../../../core/training/optimizers';
import { createTrainer } from '../../../core/training/trainer';
import type { Trainer } from '../../../core/training/trainer';
import type { Example, NetworkSpec } from '../../../core/types';
import { buildArchitectureSpec } from './architecture';
import type { ArchitectureConfig } from './architecture';
import { datasetBounds, fillDecisionGrid } from './decision-grid';
import type { GridBounds } from './decision-grid';

/** Cells per side of the decision grid. */
export const GRID_RESOLUTION = 64;

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

/** One training run of the lab: the trainer, its data and the decision grid over the plane. */
export interface ArchitectureRun {
  readonly spec: NetworkSpec;
  readonly dataset: Dataset;
  readonly trainer: Trainer;
  readonly bounds: GridBounds;
  /** ŷ per cell, row-major from the top-left (see fillDecisionGrid). */
  readonly grid: Float64Array;
  readonly resolution: number;
}

/** Builds a run; throws ConfigurationError for an impossible configuration. */
export function createArchitectureRun(config: ArchitectureRunConfig): ArchitectureRun {
  const spec = buildArchitectureSpec(config);
  const dataset = createDataset(config.dataset, {
    noise: config.noise,
    testFraction: config.testFraction,
    seed: config.seed,
  });
  const parameters = initializeParameters(spec, { scheme: 'xavier', seed: config.seed });
  const trainer = createTrainer(spec, parameters, dataset.train, {
    learningRate: config.learningRate,
    optimizer: { name: config.optimizer },
    batchSize: config.batchSize,
    seed: config.seed,
  });
  const resolution = GRID_RESOLUTION;
  const bounds = datasetBounds([...dataset.train, ...dataset.test]);
  return { spec, dataset, trainer, bounds, grid: new Float64Array(resolution ** 2), resolution };
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

/** Refreshes the grid and measures losses and accuracies with the current parameters. */
export function measureRun(run: ArchitectureRun): ArchitectureStats {
  const { trainer, dataset } = run;
  const classOneShare = fillDecisionGrid(trainer, run.grid, run.resolution, run.bounds);
  const hasTest = dataset.test.length > 0;
  return {
    step: trainer.stepCount,
    trainLoss: trainer.evaluate(dataset.train),
    testLoss: hasTest ? trainer.evaluate(dataset.test) : null,
    trainAccuracy: accuracy(trainer, dataset.train),
    testAccuracy: hasTest ? accuracy(trainer, dataset.test) : null,
    classOneShare,
  };
}

import { ConfigurationError } from '../errors';
import { createRng } from '../rng';
import type { Example } from '../types';
import { andExamples, lessonExamples, orExamples, xorExamples } from './logic-datasets';
import { POINT_SAMPLERS, samplePoints } from './point-datasets';
import type { PointDatasetName } from './point-datasets';

export { LESSON_EXAMPLE } from './logic-datasets';

export const DATASETS = ['lesson', 'and', 'or', 'xor', 'circle', 'twoGaussians', 'spiral'] as const;
export type DatasetName = (typeof DATASETS)[number];

/** A training set and a held-out test set. */
export interface Dataset {
  train: Example[];
  test: Example[];
}

/** Options of the 2-D sets; the lesson and logic sets ignore them. */
export interface DatasetOptions {
  /** Number of points, train plus test (2–10,000); default 200. */
  count?: number;
  /** Standard deviation of the Gaussian jitter on each coordinate (0–1); default 0.1. */
  noise?: number;
  /** Share of the points held out for testing, in [0, 1); default 0.2. */
  testFraction?: number;
  seed?: number;
}

export const DEFAULT_DATASET_OPTIONS: Required<DatasetOptions> = {
  count: 200,
  noise: 0.1,
  testFraction: 0.2,
  seed: 42,
};

const MAX_POINTS = 10_000;

const FIXED_SETS: Record<'lesson' | 'and' | 'or' | 'xor', () => Example[]> = {
  lesson: lessonExamples,
  and: andExamples,
  or: orExamples,
  xor: xorExamples,
};

/**
 * Builds a dataset, deterministic for a given seed. The lesson and logic sets put every point in
 * `train` and leave `test` empty; the 2-D sets (targets in {0, 1}, inputs roughly in [−1, 1]) hold
 * out round(count·testFraction) points. Throws ConfigurationError naming the bad option.
 */
export function createDataset(name: DatasetName, options: DatasetOptions = {}): Dataset {
  if (name in FIXED_SETS) return { train: FIXED_SETS[name as keyof typeof FIXED_SETS](), test: [] };
  if (!(name in POINT_SAMPLERS)) {
    throw new ConfigurationError('name', `unknown dataset '${String(name)}'`);
  }
  const { count, noise, testFraction, seed } = { ...DEFAULT_DATASET_OPTIONS, ...options };
  if (!Number.isInteger(count) || count < 2 || count > MAX_POINTS) {
    throw new ConfigurationError('count', `must be an integer from 2 to ${MAX_POINTS}`);
  }
  if (!Number.isFinite(noise) || noise < 0 || noise > 1) {
    throw new ConfigurationError('noise', 'must be in [0, 1]');
  }
  if (!Number.isFinite(testFraction) || testFraction < 0 || testFraction >= 1) {
    throw new ConfigurationError('testFraction', 'must be in [0, 1)');
  }
  if (!Number.isFinite(seed)) throw new ConfigurationError('seed', 'must be a finite number');
  const points = samplePoints(name as PointDatasetName, createRng(seed), count, noise);
  const testCount = Math.min(Math.round(count * testFraction), count - 1);
  return { train: points.slice(testCount), test: points.slice(0, testCount) };
}

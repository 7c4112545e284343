import { ConfigurationError } from '../../../core/errors';
import { createOptimizer, OPTIMIZERS, type OptimizerName } from '../../../core/training/optimizers';
import { distanceToMinimum, raceGradient, raceLoss, type Point2 } from './race-surface';

/** One point of a path over the race surface: where it is and its loss J there. */
export interface RacePoint extends Point2 {
  loss: number;
}

/** The learning rate of each optimizer. */
export type RaceRates = Record<OptimizerName, number>;

/** Defaults that let each method show its character on the surface within the race's steps. */
export const DEFAULT_SURFACE_RATES: RaceRates = {
  sgd: 0.01,
  momentum: 0.002,
  rmsprop: 0.02,
  adam: 0.1,
};

/** |w| beyond which a diverging path is no longer followed. */
const ESCAPE = 1e6;

/** Checks that η is a finite number > 0; throws ConfigurationError('learningRate'). */
export function requireLearningRate(learningRate: number): void {
  if (!Number.isFinite(learningRate) || learningRate <= 0) {
    throw new ConfigurationError('learningRate', 'must be a finite number > 0');
  }
}

/**
 * The path of one optimizer (its default hyper-parameters) over the race surface from `start`:
 * the start, then one point per update θ ← optimizer(θ, ∇J(θ), η), up to `steps` updates. A path
 * that leaves |w| ≤ 10⁶ or whose loss is no longer finite stops there.
 */
export function optimizerPath(
  name: OptimizerName,
  start: Point2,
  learningRate: number,
  steps: number,
): RacePoint[] {
  requireLearningRate(learningRate);
  if (!Number.isInteger(steps) || steps < 0) {
    throw new ConfigurationError('steps', 'must be an integer ≥ 0');
  }
  if (!Number.isFinite(start.w1) || !Number.isFinite(start.w2)) {
    throw new ConfigurationError('start', 'must be a finite point');
  }
  const optimizer = createOptimizer({ name }, 2);
  const parameters = Float64Array.of(start.w1, start.w2);
  const gradients = new Float64Array(2);
  const path: RacePoint[] = [{ ...start, loss: raceLoss(start) }];
  // parameters is the Float64Array (w1, w2) made above: indices 0 and 1 exist
  for (let step = 0; step < steps; step++) {
    const here = { w1: parameters[0]!, w2: parameters[1]! };
    const gradient = raceGradient(here);
    gradients[0] = gradient.w1;
    gradients[1] = gradient.w2;
    optimizer.update(parameters, gradients, learningRate);
    const next = { w1: parameters[0]!, w2: parameters[1]! };
    const loss = raceLoss(next);
    if (!Number.isFinite(loss) || Math.abs(next.w1) > ESCAPE || Math.abs(next.w2) > ESCAPE) break;
    path.push({ ...next, loss });
  }
  return path;
}

/** The four optimizers' paths from the same start, each with its own η. */
export function racePaths(
  start: Point2,
  rates: RaceRates,
  steps: number,
): Record<OptimizerName, RacePoint[]> {
  return Object.fromEntries(
    OPTIMIZERS.map((name) => [name, optimizerPath(name, start, rates[name], steps)]),
  ) as Record<OptimizerName, RacePoint[]>;
}

/** What the text alternative lists for one path shown up to step `upTo`. */
export interface PathSummary {
  steps: number;
  loss: number;
  distance: number;
}

/** Steps taken, loss and distance to the minimum of the path's point at step `upTo` (or its last). */
export function summarizePath(path: readonly RacePoint[], upTo: number): PathSummary {
  const index = Math.max(0, Math.min(upTo, path.length - 1));
  const point = path[index];
  if (point === undefined) throw new ConfigurationError('path', 'a path has at least its start');
  return { steps: index, loss: point.loss, distance: distanceToMinimum(point) };
}

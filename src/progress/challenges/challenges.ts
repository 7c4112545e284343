import type { ExerciseActivation, ExerciseDataset } from '../../core/exercise/config';
import type { ChallengeRun } from './challenges-run';
import type { NetworkMeasure } from './challenges-measure';
import {
  latestLossWindow,
  lossSince,
  type LossWindow,
  type RecordedLosses,
} from './challenges-window';

/** The challenges on the 2–2–1 exercise, in the order they are shown. */
export const CHALLENGE_IDS = ['reluFast', 'xor', 'learningRates'] as const;
export type ChallengeId = (typeof CHALLENGE_IDS)[number];

/** The thresholds every challenge is judged by. */
export const CHALLENGE_RULES = {
  /** Challenge 1: bring J(θ) below this with ReLU… */
  reluError: 0.05,
  /** …after fewer than this many completed iterations. */
  reluIterations: 200,
  /** Challenge 3 judges the loss's trend over a stretch of at least this many iterations. */
  windowIterations: 100,
  /** Crawling: the loss falls by less than this fraction of itself over the stretch… */
  crawlFall: 0.01,
  /** …with η no larger than the default, so that a plateau at a large η does not count… */
  crawlMaxRate: 0.1,
  /** …while the loss is still at least this (a trained network also stops falling). */
  crawlMinLoss: 0.01,
  /** Diverging without an overflow: ≥ 100 iterations after η was set, J is still ≥ 1.5 times… */
  growthRatio: 1.5,
  /** …and at least this much higher, so that noise on a tiny loss does not count. */
  growthMinimum: 0.01,
} as const;

/** A plain copy of what the challenges read from the exercise. */
export interface ChallengeSnapshot {
  activation: ExerciseActivation;
  dataset: ExerciseDataset;
  status: 'ok' | 'diverged';
  /** The η the updates use. */
  learningRate: number;
  /** Updates completed since the run started (the session's iteration t). */
  iteration: number;
  /** J(θ_t) and ŷ for every example at the current parameters θ_t. */
  measure: NetworkMeasure;
  /** The exercise's loss history: J(θ_i) at recorded iterations i. */
  recorded: RecordedLosses;
  run: ChallengeRun;
}

/** Why a challenge cannot be met right now (null when nothing stands in the way). */
export type ChallengeBlocker =
  | 'activation'
  | 'dataset'
  | 'settingsChanged'
  | 'handEdited'
  | 'given'
  | 'startedLow'
  | 'tooManyIterations'
  | 'diverged'
  | null;

export interface ReluFastResult {
  /** The first iteration t < 200 of a clean ReLU run with J(θ_t) < 0.05, or null. */
  metAt: number | null;
  error: number;
  iterations: number;
  blocker: ChallengeBlocker;
}

export interface XorResult {
  met: boolean;
  /** Examples whose ŷ lies strictly on the target's side of 0.5. */
  correct: number;
  total: number;
  error: number;
  blocker: ChallengeBlocker;
}

export interface LearningRateResult {
  /** The η of a run that diverged (overflow, or the loss grew), or null. */
  diverging: number | null;
  /** The η of a run whose loss crawls (falls by under 1% over 100 iterations), or null. */
  crawling: number | null;
  /** The loss's latest stretch of ≥ 100 iterations at the current η (crawling), when there is one. */
  window: LossWindow | null;
  /** The loss since η was set, once ≥ 100 iterations old (diverging), when there is one. */
  sinceSet: LossWindow | null;
  learningRate: number;
  /** Iterations completed with the current η (and weights, activation and loss). */
  iterationsAtRate: number;
}

export interface ChallengeResults {
  reluFast: ReluFastResult;
  xor: XorResult;
  learningRates: LearningRateResult;
}

const rules = CHALLENGE_RULES;

/**
 * Challenge 1: ReLU for every update of the run, from the learner's own start (not a scenario's),
 * J(θ₀) ≥ 0.05, then J(θ_t) < 0.05 with t < 200.
 */
export function reluFastResult(snapshot: ChallengeSnapshot): ReluFastResult {
  const { run, measure, iteration } = snapshot;
  const blocker: ChallengeBlocker =
    snapshot.activation !== 'relu'
      ? 'activation'
      : run.settingsChanged
        ? 'settingsChanged'
        : run.handEdited
          ? 'handEdited'
          : run.given
            ? 'given'
            : !(run.startError >= rules.reluError)
              ? 'startedLow'
              : null;
  let metAt: number | null = null;
  if (blocker === null) {
    const { iterations, losses } = snapshot.recorded;
    // entry 0 may predate a change of activation made before the first update: start at 1
    for (let at = 0; at < iterations.length; at++) {
      const recorded = iterations[at] as number;
      if (recorded >= rules.reluIterations) break;
      if (recorded >= 1 && (losses[at] as number) < rules.reluError) {
        metAt = recorded;
        break;
      }
    }
    const nowMet =
      snapshot.status === 'ok' &&
      iteration < rules.reluIterations &&
      measure.error < rules.reluError;
    if (nowMet && (metAt === null || iteration < metAt)) metAt = iteration;
  }
  return {
    metAt,
    error: measure.error,
    iterations: iteration,
    blocker:
      blocker ?? (metAt === null && iteration >= rules.reluIterations ? 'tooManyIterations' : null),
  };
}

/** Challenge 2: on XOR, with learned weights from the learner's own start, every ŷ on its target's side of 0.5. */
export function xorResult(snapshot: ChallengeSnapshot): XorResult {
  const { predictions, targets, error } = snapshot.measure;
  const correct = predictions.filter((prediction, index) =>
    (targets[index] as number) >= 0.5 ? prediction > 0.5 : prediction < 0.5,
  ).length;
  const blocker: ChallengeBlocker =
    snapshot.dataset !== 'xor'
      ? 'dataset'
      : snapshot.run.handEdited
        ? 'handEdited'
        : snapshot.run.given
          ? 'given'
          : snapshot.status === 'diverged'
            ? 'diverged'
            : null;
  const met = blocker === null && predictions.length === 4 && correct === 4;
  return { met, correct, total: predictions.length, error, blocker };
}

/**
 * Challenge 3, two parts. Diverging: the exercise's overflow status, or, with learned weights, the
 * loss still at least 1.5 times (and 0.01) higher than when η was set, ≥ 100 iterations later, so a
 * passing spike does not count. Crawling: η ≤ 0.1,
 * learned weights, no overflow, and over ≥ 100 iterations at this η the loss fell by under 1%
 * while still ≥ 0.01.
 */
export function learningRateResult(snapshot: ChallengeSnapshot): LearningRateResult {
  const { run, learningRate, status } = snapshot;
  const window = latestLossWindow(snapshot.recorded, run.segmentStart, rules.windowIterations);
  const sinceSet = lossSince(snapshot.recorded, run.segmentStart, rules.windowIterations);
  const grew =
    sinceSet !== null &&
    !run.handEdited &&
    sinceSet.toLoss >= rules.growthRatio * sinceSet.fromLoss &&
    sinceSet.toLoss - sinceSet.fromLoss >= rules.growthMinimum;
  const crawls =
    window !== null &&
    status === 'ok' &&
    !run.handEdited &&
    learningRate <= rules.crawlMaxRate + 1e-12 &&
    window.fromLoss >= rules.crawlMinLoss &&
    window.relativeChange <= 0 &&
    window.relativeChange > -rules.crawlFall;
  return {
    diverging: status === 'diverged' || grew ? learningRate : null,
    crawling: crawls ? learningRate : null,
    window,
    sinceSet,
    learningRate,
    iterationsAtRate: Math.max(0, snapshot.iteration - run.segmentStart),
  };
}

/** Every challenge judged on one snapshot. */
export function evaluateChallenges(snapshot: ChallengeSnapshot): ChallengeResults {
  return {
    reluFast: reluFastResult(snapshot),
    xor: xorResult(snapshot),
    learningRates: learningRateResult(snapshot),
  };
}

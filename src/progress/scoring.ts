import type { Quiz } from '../content/lesson/lesson-types';
import { CHALLENGE_IDS } from './challenges/challenges';
import { completedChallenges } from './challenges/challenges-records';
import { countProgress } from './lesson-progress';
import { liveProgress, type LiveItemId } from './live-items/live-items';
import type { Progress } from './progress';

/** What an attempt is scored from (data saved before live items existed has none). */
export type ScoredProgress = Pick<
  Progress,
  'answers' | 'challengesCompleted' | 'submitted' | 'liveAnswers'
>;

/** The pass mark, in percent, when neither the LMS nor the link gives one. */
export const DEFAULT_MASTERY = 70;

/** The `cmi.core.lesson_status` values the app reports. */
export type LessonStatus = 'incomplete' | 'passed' | 'failed' | 'completed';

/** The attempt scored. */
export interface AttemptScore {
  /** Points over possible points, in percent, rounded to two decimals (0–100). */
  raw: number;
  status: LessonStatus;
  /** Every quiz has a checked answer. */
  allAnswered: boolean;
  /** The attempt is over: every quiz answered, or the learner chose "Concluir e enviar nota". */
  closed: boolean;
}

/** A percentage rounded to at most two decimals, kept within 0–100. */
export function roundScore(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, Math.round(percent * 100) / 100));
}

/**
 * Scores the attempt: one point per quiz whose latest checked answer is exactly right (all or
 * nothing), one per challenge met; challenges are points, never a condition. While the attempt
 * is open the status is incomplete; once closed it is passed or failed against `mastery`
 * (percent), or completed when `mastery` is null (no pass mark). The exercise's live items
 * (`liveItems`: hand calculation and predictions, where the page has the exercise) count as
 * quizzes do: one point each when right, and each must be answered before the attempt closes.
 */
export function scoreAttempt(
  quizzes: readonly Quiz[],
  progress: ScoredProgress,
  mastery: number | null,
  liveItems: readonly LiveItemId[] = [],
): AttemptScore {
  const quizCounts = countProgress(quizzes, progress.answers);
  const live = liveProgress(liveItems, progress.liveAnswers ?? {});
  const counts = {
    total: quizCounts.total + live.total,
    answered: quizCounts.answered + live.answered,
    correct: quizCounts.correct + live.correct,
  };
  const points = counts.correct + completedChallenges(progress.challengesCompleted).length;
  const possible = counts.total + CHALLENGE_IDS.length;
  const raw = roundScore((100 * points) / possible);
  const allAnswered = counts.answered === counts.total;
  const closed = allAnswered || progress.submitted;
  const status: LessonStatus = !closed
    ? 'incomplete'
    : mastery === null
      ? 'completed'
      : raw >= mastery
        ? 'passed'
        : 'failed';
  return { raw, status, allAnswered, closed };
}

/** A mastery score read from the LMS or a link: a number within 0–100, else null. */
export function readMastery(value: unknown): number | null {
  if (typeof value === 'string' && value.trim() === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) && number >= 0 && number <= 100 ? number : null;
}

/** The pass mark in use: the first valid of `candidates`, else 70; 0 means no pass mark (null). */
export function masteryFrom(...candidates: unknown[]): number | null {
  for (const candidate of candidates) {
    const mastery = readMastery(candidate);
    if (mastery !== null) return mastery === 0 ? null : mastery;
  }
  return DEFAULT_MASTERY;
}

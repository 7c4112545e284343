import type { Quiz } from '../content/lesson/lesson-types';
import { CHALLENGE_IDS } from '../core/lab/challenges';
import { completedChallenges, type ChallengeRecords } from '../core/lab/challenges-records';
import { countProgress } from '../store/quiz-progress';
import type { QuizAnswers } from '../store/quiz-slice';

/** The pass mark, in percent, when neither the LMS nor the link gives one. */
export const DEFAULT_MASTERY = 70;

/** The `cmi.core.lesson_status` values the app reports. */
export type LessonStatus = 'incomplete' | 'passed' | 'failed' | 'completed';

/** What the LMS is told about the attempt. */
export interface LmsScore {
  /** Points over possible points, in percent, rounded to two decimals (0–100). */
  raw: number;
  status: LessonStatus;
  /** Every quiz has a checked answer. */
  allAnswered: boolean;
}

/** A percentage rounded to at most two decimals, kept within 0–100. */
export function roundScore(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, Math.round(percent * 100) / 100));
}

/**
 * Scores the attempt: one point per quiz whose latest answer is exactly right (all or nothing),
 * one per challenge met. Until every quiz is answered the status is incomplete; then it is
 * passed or failed against `mastery` (percent), or completed when `mastery` is null (no pass mark).
 */
export function scoreAttempt(
  quizzes: readonly Quiz[],
  answers: QuizAnswers,
  challenges: ChallengeRecords,
  mastery: number | null,
): LmsScore {
  const counts = countProgress(quizzes, answers);
  const points = counts.correct + completedChallenges(challenges).length;
  const possible = counts.total + CHALLENGE_IDS.length;
  const raw = roundScore((100 * points) / possible);
  const allAnswered = counts.answered === counts.total;
  const status: LessonStatus = !allAnswered
    ? 'incomplete'
    : mastery === null
      ? 'completed'
      : raw >= mastery
        ? 'passed'
        : 'failed';
  return { raw, status, allAnswered };
}

/** A mastery score read from the LMS or a link: a number within 0–100, else null. */
export function readMastery(value: unknown): number | null {
  if (typeof value === 'string' && value.trim() === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) && number >= 0 && number <= 100 ? number : null;
}

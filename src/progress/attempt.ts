import type { Quiz } from '../content/lesson/lesson-types';
import type { QuizAnswers } from './answers';
import type { LiveItemId } from './live-items/live-items';
import { scoreAttempt, type LessonStatus, type ScoredProgress } from './scoring';

/**
 * What one report tells the LMS. While the attempt is open, only that it is incomplete: a score
 * sent then would be turned into "failed" by an LMS whose mastery score overrides the status
 * (Moodle's default), and the next launch would open in review mode.
 */
export interface AttemptReport {
  status: LessonStatus;
  /** The score in percent once the attempt is closed; null while it is open. */
  raw: number | null;
}

/**
 * The answers that count: the latest checked answer of each quiz. "Tentar de novo" clears an
 * answer on screen, but until a new one is checked the earlier one still counts, so a learner who
 * retries and leaves keeps the grade they had.
 */
export function checkedAnswers(counted: QuizAnswers, current: QuizAnswers): QuizAnswers {
  let changed = false;
  const next = { ...counted };
  for (const [quizId, answer] of Object.entries(current)) {
    if (next[quizId] === answer) continue;
    next[quizId] = answer;
    changed = true;
  }
  return changed ? next : counted;
}

/**
 * The attempt closes when every quiz has a checked answer or the learner submits it; then the
 * score and passed / failed against `mastery` (completed when there is no pass mark) are reported.
 * The exercise's live items (`liveItems`) count as quizzes (see scoreAttempt).
 */
export function attemptReport(
  quizzes: readonly Quiz[],
  progress: ScoredProgress,
  mastery: number | null,
  liveItems: readonly LiveItemId[] = [],
): AttemptReport {
  const score = scoreAttempt(quizzes, progress, mastery, liveItems);
  return score.closed
    ? { status: score.status, raw: score.raw }
    : { status: 'incomplete', raw: null };
}

/** A closed status an LMS keeps as the activity being done. */
export function isDone(status: LessonStatus): boolean {
  return status === 'passed' || status === 'completed';
}

/** The LMS records nothing more for this attempt: review or browse mode, or no credit. */
export function isReviewOnly(lessonMode: string, credit: string): boolean {
  return lessonMode === 'review' || lessonMode === 'browse' || credit === 'no-credit';
}

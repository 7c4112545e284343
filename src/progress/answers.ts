import type { Quiz, QuizKind } from '../content/lesson/lesson-types';

/** What the learner gave for one quiz, by kind: the options ticked, or the number typed. */
export type QuizResponse =
  { kind: 'choice'; chosen: number[] } | { kind: 'numeric'; value: number };

export type ResponseOf<K extends QuizKind> = Extract<QuizResponse, { kind: K }>;
export type QuizOf<K extends QuizKind> = Extract<Quiz, { kind: K }>;

/** The latest checked attempt at one quiz, scored by the progress domain when it was checked. */
export type QuizAnswer = QuizResponse & {
  /** Whether the response was right for the quiz as it was then (scoring re-checks it). */
  correct: boolean;
};

/** Latest checked attempts by quiz id (written in the lesson, the same in every language). */
export type QuizAnswers = Record<string, QuizAnswer>;

/** The most options a quiz may have: chosen indices are small non-negative integers below it. */
export const MAX_OPTIONS = 64;

/** The most quizzes whose answers are kept. */
export const MAX_ANSWERS = 1000;

/** Quiz ids are short words such as "phase-order"; "__proto__" and friends are refused. */
const QUIZ_ID = /^[A-Za-z0-9][\w.:-]{0,99}$/;

export function isQuizId(value: unknown): value is string {
  return typeof value === 'string' && QUIZ_ID.test(value);
}

/** The choice sorted and without repeats; null when an entry is not an index below MAX_OPTIONS. */
export function normalizeChoice(chosen: unknown): number[] | null {
  if (!Array.isArray(chosen) || chosen.length > MAX_OPTIONS) return null;
  const valid = chosen.every(
    (index) => Number.isInteger(index) && index >= 0 && index < MAX_OPTIONS,
  );
  if (!valid) return null;
  return [...new Set(chosen as number[])].sort((a, b) => a - b);
}

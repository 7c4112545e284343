import type { QuizAnswer, QuizAnswers } from './quiz-slice';

/** The most options a quiz may have: chosen indices are small non-negative integers below it. */
export const MAX_OPTIONS = 64;

/** The most quizzes whose answers are kept. */
export const MAX_ANSWERS = 1000;

/** Quiz ids are short words such as "q-3-1"; "__proto__" and friends are refused. */
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

function readAnswer(value: unknown): QuizAnswer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { chosen, correct } = value as Record<string, unknown>;
  const normalized = normalizeChoice(chosen);
  if (!normalized || normalized.length === 0 || typeof correct !== 'boolean') return null;
  return { chosen: normalized, correct };
}

/** The valid answers within untrusted data, and how many entries had to be dropped. */
export function readAnswers(value: unknown): { answers: QuizAnswers; dropped: number } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { answers: {}, dropped: value === undefined ? 0 : 1 };
  }
  const answers: QuizAnswers = {};
  let kept = 0;
  let dropped = 0;
  for (const [quizId, entry] of Object.entries(value)) {
    const answer = readAnswer(entry);
    if (!isQuizId(quizId) || !answer || kept >= MAX_ANSWERS) {
      dropped++;
    } else {
      answers[quizId] = answer;
      kept++;
    }
  }
  return { answers, dropped };
}

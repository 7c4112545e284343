import type { Quiz, QuizKind } from '../../content/lesson/lesson-types.ts';
import type { QuizResponse } from '../answers.ts';
import { choiceKind } from './choice/choice-kind.ts';
import type { QuizKindDefinition } from './kind-definition.ts';
import { numericKind } from './numeric/numeric-kind.ts';

/**
 * Every quiz kind, once. A new kind is a folder beside choice/ and numeric/ exporting a
 * QuizKindDefinition, one entry here, and its view in src/features/quiz/kind-views.ts (both
 * maps are typed by QuizKind, so the compiler points at anything still missing).
 */
export const QUIZ_KINDS: { [K in QuizKind]: QuizKindDefinition<K> } = {
  choice: choiceKind,
  numeric: numericKind,
};

/** The definition of `kind`, for code that handles every kind alike. */
export function kindDefinition(kind: QuizKind): QuizKindDefinition<QuizKind> {
  return QUIZ_KINDS[kind] as QuizKindDefinition<QuizKind>;
}

/** True when `response` is a possible attempt at `quiz` (same kind, in range, finite). */
export function isValidResponse(quiz: Quiz, response: QuizResponse): boolean {
  return quiz.kind === response.kind && kindDefinition(quiz.kind).isValid(quiz, response);
}

/** Scores `response` against `quiz`: right only when valid and exactly right. */
export function isCorrectResponse(quiz: Quiz, response: QuizResponse): boolean {
  return isValidResponse(quiz, response) && kindDefinition(quiz.kind).isCorrect(quiz, response);
}

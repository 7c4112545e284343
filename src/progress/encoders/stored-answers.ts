import type { QuizKind } from '../../content/lesson/lesson-types';
import { isQuizId, MAX_ANSWERS, type QuizAnswer, type QuizAnswers } from '../answers';
import { kindDefinition, QUIZ_KINDS } from '../kinds/registry';

function isKind(value: unknown): value is QuizKind {
  return typeof value === 'string' && Object.hasOwn(QUIZ_KINDS, value);
}

/** One stored answer (the store's answers are JSON as they are); data saved before quiz kinds existed has no `kind` and is a choice. */
function readAnswer(value: unknown): QuizAnswer | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const kind = record.kind === undefined ? 'choice' : record.kind;
  if (!isKind(kind) || typeof record.correct !== 'boolean') return null;
  const response = kindDefinition(kind).readResponse(record);
  return response ? { ...response, correct: record.correct } : null;
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

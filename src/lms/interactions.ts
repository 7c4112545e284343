import type { Quiz } from '../content/lesson/lesson-types';
import type { QuizAnswer } from '../progress/answers';
import type { InteractionParts } from '../progress/kinds/kind-definition';
import { kindDefinition } from '../progress/kinds/registry';

/** One `cmi.interactions.n` entry: a checked quiz answer. */
export interface QuizInteraction extends InteractionParts {
  /** CMIIdentifier: ASCII letters, digits, '-' and '_' only. */
  id: string;
  result: 'correct' | 'wrong';
  /** CMITime: the local time of day, HH:MM:SS. */
  time: string;
}

/** An ASCII interaction id from a quiz id ("phase-order" stays "phase-order"); at most 255 characters. */
export function interactionId(quizId: string): string {
  const id = quizId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255);
  return id.length > 0 ? id : 'quiz';
}

/** CMITime for `date`, local time of day. */
export function cmiTime(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** CMITimeSpan HHHH:MM:SS.SS for a duration in milliseconds (capped at 9999 hours). */
export function cmiTimeSpan(milliseconds: number): string {
  const hundredths = Math.max(
    0,
    Math.round((Number.isFinite(milliseconds) ? milliseconds : 0) / 10),
  );
  const cap = 9999 * 360_000 + 59 * 6_000 + 5_999;
  const total = Math.min(hundredths, cap);
  const hours = Math.floor(total / 360_000);
  const minutes = Math.floor((total % 360_000) / 6_000);
  const seconds = (total % 6_000) / 100;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** The interaction for `answer` to quiz `quizId` checked at `date`; `quiz` gives the right response. */
export function quizInteraction(
  quizId: string,
  answer: QuizAnswer,
  date: Date,
  quiz: Quiz | null,
): QuizInteraction {
  const known = quiz && quiz.kind === answer.kind ? quiz : null;
  return {
    id: interactionId(quizId),
    ...kindDefinition(answer.kind).interaction(known, answer),
    result: answer.correct ? 'correct' : 'wrong',
    time: cmiTime(date),
  };
}

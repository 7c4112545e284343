/** One `cmi.interactions.n` entry: a checked quiz answer. */
export interface ChoiceInteraction {
  /** CMIIdentifier: ASCII letters, digits, '-' and '_' only. */
  id: string;
  type: 'choice';
  /** The options ticked, as SCORM 1.2 choice responses: "a,c". */
  studentResponse: string;
  /** The correct options in the same format, when the quiz is known. */
  correctPattern: string | null;
  result: 'correct' | 'wrong';
  /** CMITime: the local time of day, HH:MM:SS. */
  time: string;
}

/** SCORM 1.2 choice responses are single characters 0–9 or a–z: letters first, then digits. */
const RESPONSE_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** An ASCII interaction id from a quiz id ("q-3-1" stays "q-3-1"); at most 255 characters. */
export function interactionId(quizId: string): string {
  const id = quizId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255);
  return id.length > 0 ? id : 'quiz';
}

/** Option indices as a SCORM 1.2 choice response ("a,c"); indices past 35 have no character. */
export function choiceResponse(indices: readonly number[]): string {
  return indices
    .map((index) => RESPONSE_CHARACTERS[index])
    .filter((character): character is string => character !== undefined)
    .join(',');
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

/** The interaction for an answer to quiz `quizId` checked at `date`. */
export function choiceInteraction(
  quizId: string,
  chosen: readonly number[],
  correct: boolean,
  date: Date,
  correctOptions: readonly number[] | null,
): ChoiceInteraction {
  return {
    id: interactionId(quizId),
    type: 'choice',
    studentResponse: choiceResponse(chosen),
    correctPattern: correctOptions ? choiceResponse(correctOptions) : null,
    result: correct ? 'correct' : 'wrong',
    time: cmiTime(date),
  };
}

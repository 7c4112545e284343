import { isLanguage, type Language } from '../content/ui/messages';
import { readChallengeRecords, type ChallengeRecords } from '../core/lab/challenges-records';
import { readAnswers } from '../store/quiz-answers';
import type { QuizAnswers } from '../store/quiz-slice';

/** The format written now; a reader keeps whatever still validates in other versions. */
export const SUSPEND_DATA_VERSION = 1;

/** SCORM 1.2's `cmi.suspend_data` holds at most 4,096 characters. */
export const SUSPEND_DATA_LIMIT = 4096;

/** The learner's progress the LMS keeps between launches. */
export interface SuspendedProgress {
  language: Language | null;
  answers: QuizAnswers;
  challengesCompleted: ChallengeRecords;
}

/** Option index → one character; indices are below MAX_OPTIONS (64). */
const OPTION_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.';

/** An answer as "<options><+|->", e.g. "ac+" for options 0 and 2, correct. */
function encodeAnswer(chosen: readonly number[], correct: boolean): string {
  return chosen.map((index) => OPTION_CHARACTERS[index] ?? '').join('') + (correct ? '+' : '-');
}

function decodeAnswer(value: unknown): { chosen: number[]; correct: boolean } | null {
  if (typeof value !== 'string' || value.length < 2) return null;
  const flag = value[value.length - 1];
  if (flag !== '+' && flag !== '-') return null;
  const chosen = [...value.slice(0, -1)].map((character) => OPTION_CHARACTERS.indexOf(character));
  return { chosen, correct: flag === '+' };
}

/**
 * Compact JSON `{"v":1,"l":"en","a":{"q-3-1":"ac+"},"c":{…}}`, always under the 4,096-character
 * limit: answers past the first that does not fit are left out (the limit leaves room for hundreds).
 */
export function encodeSuspendData(progress: SuspendedProgress): string {
  const answers = Object.entries(progress.answers).map(
    ([quizId, answer]) => [quizId, encodeAnswer(answer.chosen, answer.correct)] as const,
  );
  const encode = (count: number) => {
    const data: Record<string, unknown> = { v: SUSPEND_DATA_VERSION };
    if (progress.language) data.l = progress.language;
    data.a = Object.fromEntries(answers.slice(0, count));
    if (Object.keys(progress.challengesCompleted).length > 0) data.c = progress.challengesCompleted;
    return JSON.stringify(data);
  };
  // each entry adds `"id":"code",` to the empty object: keep the longest prefix that fits
  let length = encode(0).length;
  let count = 0;
  for (const [quizId, code] of answers) {
    const cost = JSON.stringify(quizId).length + JSON.stringify(code).length + (count > 0 ? 2 : 1);
    if (length + cost >= SUSPEND_DATA_LIMIT) break;
    length += cost;
    count++;
  }
  let text = encode(count);
  while (text.length >= SUSPEND_DATA_LIMIT && count > 0) text = encode(--count);
  return text.length < SUSPEND_DATA_LIMIT ? text : JSON.stringify({ v: SUSPEND_DATA_VERSION });
}

/** The progress within untrusted `cmi.suspend_data`; empty when it is blank or unreadable. */
export function decodeSuspendData(text: unknown): SuspendedProgress {
  const empty: SuspendedProgress = { language: null, answers: {}, challengesCompleted: {} };
  if (typeof text !== 'string' || text.length === 0 || text.length > SUSPEND_DATA_LIMIT) {
    return empty;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return empty;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return empty;
  const data = parsed as Record<string, unknown>;
  if (typeof data.v !== 'number') return empty;
  // a later version keeps these fields; whatever no longer validates is dropped, not the rest
  const encoded = typeof data.a === 'object' && data.a !== null ? data.a : {};
  const decoded = Object.fromEntries(
    Object.entries(encoded).map(([quizId, value]) => [quizId, decodeAnswer(value)]),
  );
  return {
    language: isLanguage(data.l) ? data.l : null,
    answers: readAnswers(decoded).answers,
    challengesCompleted: readChallengeRecords(data.c).records,
  };
}

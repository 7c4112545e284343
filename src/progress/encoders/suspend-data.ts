import { isLanguage } from '../../content/ui/messages';
import { readChallengeRecords } from '../challenges/challenges-records';
import type { QuizAnswer, QuizAnswers } from '../answers';
import { kindDefinition } from '../kinds/registry';
import { decodeLiveAnswers, encodeLiveAnswers } from '../live-items/live-records';
import { migrateRelease1Answers } from '../migrations';
import { isOrderKey } from '../option-order';
import { EMPTY_PROGRESS, type Progress } from '../progress';
import { readAnswers } from './stored-answers';

/**
 * The format written now. Version 1 (release 1) named quizzes by position and is migrated on
 * reading; version 2 names them by the ids written in the lesson and may hold `"s":1` (submitted)
 * and `"n"`, the attempt's key (the options' order follows it), and `"x"`, the exercise's live
 * answers (live-items/live-records.ts; optional, so older data reads as none answered).
 */
export const SUSPEND_DATA_VERSION = 2;

/** SCORM 1.2's `cmi.suspend_data` holds at most 4,096 characters. */
export const SUSPEND_DATA_LIMIT = 4096;

/** An answer as its kind's code and a flag: "ac+" (options 0 and 2, right), "=0.25-" (wrong). */
function encodeAnswer(answer: QuizAnswer): string {
  return kindDefinition(answer.kind).encode(answer) + (answer.correct ? '+' : '-');
}

/** The kind is told by the code itself: "=" starts a number, letters are options. */
function decodeAnswer(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'string' || value.length < 2) return null;
  const flag = value[value.length - 1];
  if (flag !== '+' && flag !== '-') return null;
  const code = value.slice(0, -1);
  const kind = code.startsWith('=') ? 'numeric' : 'choice';
  const response = kindDefinition(kind).decode(code);
  return response ? { ...response, correct: flag === '+' } : null;
}

/**
 * Compact JSON `{"v":2,"l":"en","a":{"phase-order":"b+"},"c":{…},"s":1,"n":"…"}`, always under the
 * 4,096-character limit: answers past the first that does not fit are left out (the limit
 * leaves room for hundreds).
 */
export function encodeSuspendData(progress: Progress): string {
  const answers = Object.entries(progress.answers).map(
    ([quizId, answer]) => [quizId, encodeAnswer(answer)] as const,
  );
  const encode = (count: number) => {
    const data: Record<string, unknown> = { v: SUSPEND_DATA_VERSION };
    if (progress.language) data.l = progress.language;
    data.a = Object.fromEntries(answers.slice(0, count));
    if (Object.keys(progress.challengesCompleted).length > 0) data.c = progress.challengesCompleted;
    if (progress.submitted) data.s = 1;
    // the exercise's live answers, when there are any (data without "x" has none)
    const live = progress.liveAnswers ?? {};
    if (Object.keys(live).length > 0) data.x = encodeLiveAnswers(live);
    if (progress.attempt) data.n = progress.attempt;
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
export function decodeSuspendData(text: unknown): Progress {
  if (typeof text !== 'string' || text.length === 0 || text.length > SUSPEND_DATA_LIMIT) {
    return EMPTY_PROGRESS;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return EMPTY_PROGRESS;
  const data = parsed as Record<string, unknown>;
  if (typeof data.v !== 'number') return EMPTY_PROGRESS;
  // a later version keeps these fields; whatever no longer validates is dropped, not the rest
  const encoded = typeof data.a === 'object' && data.a !== null ? data.a : {};
  const decoded = Object.fromEntries(
    Object.entries(encoded).map(([quizId, value]) => [quizId, decodeAnswer(value)]),
  );
  const answers: QuizAnswers = readAnswers(decoded).answers;
  const liveAnswers = decodeLiveAnswers(data.x);
  return {
    language: isLanguage(data.l) ? data.l : null,
    answers: data.v < 2 ? migrateRelease1Answers(answers) : answers,
    challengesCompleted: readChallengeRecords(data.c).records,
    submitted: data.s === 1,
    ...(Object.keys(liveAnswers).length > 0 ? { liveAnswers } : {}),
    attempt: isOrderKey(data.n) ? data.n : null,
  };
}

import { isLiveItemId, LIVE_ITEMS, type LiveAnswer, type LiveAnswers } from './live-items';

/** The most options a prediction offers. */
const MAX_OPTIONS = 16;

const isIndex = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < MAX_OPTIONS;

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function readTolerance(
  value: unknown,
): Extract<LiveAnswer, { kind: 'numeric' }>['tolerance'] | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, amount } = value as Record<string, unknown>;
  return (type === 'absolute' || type === 'relative') && isFiniteNumber(amount) && amount >= 0
    ? { type, amount }
    : null;
}

/** One answer within untrusted data, for an item of kind `kind`; null when it is not one. */
function readLiveAnswer(kind: 'numeric' | 'choice', value: unknown): LiveAnswer | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (record.kind !== kind) return null;
  if (kind === 'numeric') {
    const tolerance = readTolerance(record.tolerance);
    return isFiniteNumber(record.value) && isFiniteNumber(record.key) && tolerance
      ? { kind, value: record.value, key: record.key, tolerance }
      : null;
  }
  const { chosen, keys, options } = record;
  const valid =
    isIndex(chosen) &&
    Number.isInteger(options) &&
    (options as number) > chosen &&
    (options as number) <= MAX_OPTIONS &&
    Array.isArray(keys) &&
    keys.every((key) => isIndex(key) && key < (options as number));
  return valid
    ? {
        kind,
        chosen,
        keys: [...new Set(keys as number[])].sort((a, b) => a - b),
        options: options as number,
      }
    : null;
}

/** The valid live answers within untrusted stored data, and how many entries were dropped. */
export function readLiveAnswers(value: unknown): { answers: LiveAnswers; dropped: number } {
  if (value === undefined) return { answers: {}, dropped: 0 };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { answers: {}, dropped: 1 };
  }
  const answers: LiveAnswers = {};
  let dropped = 0;
  for (const [id, entry] of Object.entries(value)) {
    const answer = isLiveItemId(id) ? readLiveAnswer(LIVE_ITEMS[id], entry) : null;
    if (isLiveItemId(id) && answer) answers[id] = answer;
    else dropped++;
  }
  return { answers, dropped };
}

/**
 * The answers in suspend_data's compact form: a number as [typed, key, "r" or "a", tolerance], a
 * choice as [chosen, [right options], options offered].
 */
export function encodeLiveAnswers(answers: LiveAnswers): Record<string, unknown[]> {
  const encoded: Record<string, unknown[]> = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (!answer) continue;
    encoded[id] =
      answer.kind === 'numeric'
        ? [
            answer.value,
            answer.key,
            answer.tolerance.type === 'relative' ? 'r' : 'a',
            answer.tolerance.amount,
          ]
        : [answer.chosen, answer.keys, answer.options];
  }
  return encoded;
}

/** The answers within untrusted suspend_data (as encodeLiveAnswers wrote them). */
export function decodeLiveAnswers(value: unknown): LiveAnswers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const expanded: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(value)) {
    if (!isLiveItemId(id) || !Array.isArray(entry)) continue;
    const [first, second, third, fourth] = entry as unknown[];
    expanded[id] =
      LIVE_ITEMS[id] === 'numeric'
        ? {
            kind: 'numeric',
            value: first,
            key: second,
            tolerance: {
              type: third === 'r' ? 'relative' : third === 'a' ? 'absolute' : null,
              amount: fourth,
            },
          }
        : { kind: 'choice', chosen: first, keys: second, options: third };
  }
  return readLiveAnswers(expanded).answers;
}

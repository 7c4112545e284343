import { createRng } from '../core/rng';

/**
 * The order a learner sees a choice quiz's options in. It is drawn from (learner, attempt, quiz):
 * the same learner in the same attempt sees the same order after a reload or a language switch
 * (translations keep the options in the same order), another learner another order, and a new
 * attempt ("Zerar progresso", or the LMS's new attempt) a new one. Only the view is shuffled:
 * answers, suspend_data, SCORM interactions ("a,c") and lesson:check's positions all name options
 * by their place in the lesson file, so the key follows the option. Views for teachers keep the
 * file's order: the question-bank export (the LMS shuffles, see kinds/choice/export.ts),
 * lesson:check's summary and the embed dialog; the projector shows the exercise only.
 */

/** Who sees the order, and in which attempt. */
export interface OrderSeed {
  /** The LMS's learner id (cmi.core.student_id), else a random id kept in this browser. */
  learner: string;
  /** The attempt's key, drawn when the attempt starts and kept with its progress. */
  attempt: string;
}

/** An attempt's key or a browser's learner id as the app draws them: 8–32 letters and digits. */
const KEY = /^[a-z0-9]{8,32}$/;

export function isOrderKey(value: unknown): value is string {
  return typeof value === 'string' && KEY.test(value);
}

/** A new key from 32-bit random words (crypto.getRandomValues in the app): base 36, 8+ chars. */
export function formatOrderKey(words: readonly number[]): string {
  const key = words.map((word) => (word >>> 0).toString(36).padStart(7, '0')).join('');
  return key.padEnd(8, '0').slice(0, 32);
}

/**
 * A 32-bit seed from the three names: FNV-1a over their UTF-16 code units, each name followed by
 * a separator so that ("ab", "c") and ("a", "bc") differ, then murmur3's finalizer so that names
 * differing in one character give unrelated seeds.
 */
export function orderSeed(learner: string, attempt: string, quizId: string): number {
  let hash = 0x811c9dc5;
  for (const part of [learner, attempt, quizId]) {
    for (let index = 0; index < part.length; index++) {
      hash = Math.imul(hash ^ part.charCodeAt(index), 0x01000193);
    }
    hash = Math.imul(hash ^ 0xffff, 0x01000193); // the separator: not a UTF-16 character
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The options' order for `seed` in quiz `quizId`: `order[position]` is the index, in the lesson
 * file, of the option shown at `position` — a Fisher–Yates shuffle of 0…count−1 driven by
 * mulberry32 (src/core/rng.ts), so every order is equally likely.
 */
export function optionOrder(count: number, seed: OrderSeed, quizId: string): number[] {
  const order = Array.from({ length: Math.max(0, Math.floor(count)) }, (_, index) => index);
  const random = createRng(orderSeed(seed.learner, seed.attempt, quizId));
  // random() ∈ [0, 1), so 0 ≤ other ≤ last < order.length
  for (let last = order.length - 1; last > 0; last--) {
    const other = Math.floor(random() * (last + 1));
    const kept = order[last]!;
    order[last] = order[other]!;
    order[other] = kept;
  }
  return order;
}

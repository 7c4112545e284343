import type { NumericQuiz } from '../../content/lesson/lesson-types';
import { isCorrectNumber } from '../kinds/numeric/score';

/**
 * The exercise's live items: questions whose key is read from the exercise's state when the
 * learner answers. Their ids are stable (saved, reported to the LMS) and never collide with a
 * lesson quiz's (those are written in the lesson, none starts with "exercise-").
 */
export const LIVE_ITEMS = {
  /** Hand calculation: ∂L/∂z_o. */
  'exercise-hand-output-delta': 'numeric',
  /** Hand calculation: ∂L/∂a₁ = v₁·∂L/∂z_o. */
  'exercise-hand-hidden-slope': 'numeric',
  /** Hand calculation: ∂L/∂w₁₁ = x₁·∂L/∂z₁. */
  'exercise-hand-weight-gradient': 'numeric',
  /** Hand calculation: v₁ after the update, v₁ − η·∂L/∂v₁. */
  'exercise-hand-updated-weight': 'numeric',
  /** Prediction: will v₁ go up, down or stay? */
  'exercise-predict-weight-direction': 'choice',
  /** Prediction: which gradient is exactly 0, and why? */
  'exercise-predict-zero-gradient': 'choice',
  /** Prediction: does ∂L/∂a₁ use the old or the new v₁? */
  'exercise-predict-old-weight': 'choice',
} as const;

export type LiveItemId = keyof typeof LIVE_ITEMS;

/** Every live item, in the order the exercise asks them. */
export const LIVE_ITEM_IDS = Object.keys(LIVE_ITEMS) as LiveItemId[];

export function isLiveItemId(value: unknown): value is LiveItemId {
  return typeof value === 'string' && Object.hasOwn(LIVE_ITEMS, value);
}

/**
 * How close a hand-calculated value must be: within 0.1 % of the key (a value typed to four
 * significant figures always is), as a numeric quiz's relative tolerance.
 */
export const HAND_TOLERANCE: NumericQuiz['tolerance'] = { type: 'relative', amount: 0.001 };

/**
 * One answer to a live item, with everything needed to score it again without the exercise: the
 * number typed with the key and tolerance of that moment, or the option chosen with the options
 * that were right then (a prediction may have several) and how many were offered.
 */
export type LiveAnswer =
  | { kind: 'numeric'; value: number; key: number; tolerance: NumericQuiz['tolerance'] }
  | { kind: 'choice'; chosen: number; keys: number[]; options: number };

/** The counted answer of each live item, by id. */
export type LiveAnswers = Partial<Record<LiveItemId, LiveAnswer>>;

/** Whether `answer` was right, from what it holds alone (never the exercise as it is now). */
export function isCorrectLiveAnswer(answer: LiveAnswer): boolean {
  return answer.kind === 'numeric'
    ? isCorrectNumber({ value: answer.key, tolerance: answer.tolerance }, answer.value)
    : answer.keys.includes(answer.chosen);
}

/**
 * The answers with `answer` counted for `id`: it replaces the earlier one unless that was right
 * and this one is wrong. Each live item is asked again on every iteration with new numbers, so
 * practising never lowers a grade already earned (as a challenge, once met, stays met).
 */
export function recordLiveAnswer(
  answers: LiveAnswers,
  id: LiveItemId,
  answer: LiveAnswer,
): LiveAnswers {
  const before = answers[id];
  if (before && isCorrectLiveAnswer(before) && !isCorrectLiveAnswer(answer)) return answers;
  return { ...answers, [id]: answer };
}

/** Counts over the live items: how many, how many answered, how many right. */
export function liveProgress(
  items: readonly LiveItemId[],
  answers: LiveAnswers,
): { total: number; answered: number; correct: number } {
  let answered = 0;
  let correct = 0;
  for (const id of items) {
    const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (!answer) continue;
    answered++;
    if (isCorrectLiveAnswer(answer)) correct++;
  }
  return { total: items.length, answered, correct };
}

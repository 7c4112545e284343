import type { NumericQuiz } from '../../../content/lesson/lesson-types';

type Scored = Pick<NumericQuiz, 'value' | 'tolerance'>;

/**
 * The largest |answer − value| still right: the tolerance, absolute or a fraction of |value|,
 * plus a few units in the last place so that 0.1 + 0.2 typed as 0,3 is not refused by rounding.
 */
export function allowedDistance({ value, tolerance }: Scored): number {
  const amount =
    tolerance.type === 'absolute' ? tolerance.amount : tolerance.amount * Math.abs(value);
  return amount + 1e-12 * Math.max(1, Math.abs(value));
}

/** A typed answer counts as an attempt when it is a finite number. */
export function isValidNumber(value: number): boolean {
  return Number.isFinite(value);
}

/** Right when |answer − value| is within the tolerance. */
export function isCorrectNumber(quiz: Scored, answer: number): boolean {
  return isValidNumber(answer) && Math.abs(answer - quiz.value) <= allowedDistance(quiz);
}

/** The interval of right answers, [value − d, value + d]. */
export function rightInterval(quiz: Scored): { low: number; high: number } {
  const distance = allowedDistance(quiz) - 1e-12 * Math.max(1, Math.abs(quiz.value));
  return { low: quiz.value - distance, high: quiz.value + distance };
}

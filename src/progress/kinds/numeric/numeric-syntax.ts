import type { NumericQuiz } from '../../../content/lesson/lesson-types.ts';
import { parseDecimal } from './number-text.ts';

/** `0,25`, `0,25 ± 0,005`, `0.25 +- 2%`, `12 ± 0,5 s`: a value, a tolerance, a unit. */
const KEY = /^(\S+)(?:\s*(?:±|\+-|\+\/-)\s*([^\s%]+)\s*(%)?)?(?:\s+(.+?))?\s*$/;

export type NumericKey = Pick<NumericQuiz, 'value' | 'tolerance' | 'unit'>;

/**
 * A numeric quiz's key as its author writes it after `- [=]` or `answer-numeric:`. Without a
 * tolerance the answer must be exact (to rounding); `%` makes it relative to the value.
 */
export function parseNumericKey(text: string): NumericKey | { error: string } {
  const match = KEY.exec(text.trim());
  const value = match ? parseDecimal(match[1] ?? '') : null;
  if (!match || value === null) {
    return {
      error: `the numeric answer "${text.trim()}" does not start with a number (write 0,25 or 0.25)`,
    };
  }
  let tolerance: NumericKey['tolerance'] = { type: 'absolute', amount: 0 };
  if (match[2] !== undefined) {
    const amount = parseDecimal(match[2]);
    if (amount === null || amount < 0) {
      return { error: `the tolerance "${match[2]}" is not a non-negative number` };
    }
    tolerance = match[3]
      ? { type: 'relative', amount: amount / 100 }
      : { type: 'absolute', amount };
  }
  const unit = match[4]?.trim() || null;
  if (unit !== null && /^[\d.,]/.test(unit)) {
    return { error: `"${unit}" after the number is not a unit (use ± before a tolerance)` };
  }
  return { value, tolerance, unit };
}

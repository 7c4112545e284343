import type { Language } from '../../../content/ui/messages';
import { formatValue } from '../../../ui/format';

/** TeX for a number that could not be shown (formatValue's dash). */
const MISSING = '\\text{---}';

/** A formatted number: sign, digits with an optional decimal point or comma, optional exponent. */
const FORMATTED = /^([-−]?)(\d+(?:[.,]\d+)?)(?:E([-−]?\d+))?$/;

interface TexNumberOptions {
  /**
   * The number is an operand of ·, − or a power: put it in parentheses when it is negative or in
   * scientific notation, so "0,5 · (−0,0123)" never reads as a subtraction.
   */
  operand?: boolean;
}

/**
 * A number already formatted for display (formatValue) as TeX, digit for digit: the pt-BR
 * decimal comma becomes {,} (so TeX does not add a space after it) and "1,234E-5" becomes
 * 1{,}234 \times 10^{-5}. Anything else, such as the "—" of a non-finite value, becomes a dash.
 */
export function texNumber(formatted: string, options: TexNumberOptions = {}): string {
  const match = FORMATTED.exec(formatted.trim());
  if (!match) return MISSING;
  const [, sign = '', digits = '', exponent] = match;
  const minus = sign === '' ? '' : '-';
  const mantissa = digits.replace(',', '{,}');
  const scientific = exponent !== undefined;
  const body = scientific
    ? `${minus}${mantissa} \\times 10^{${exponent.replace('−', '-')}}`
    : `${minus}${mantissa}`;
  return options.operand && (minus !== '' || scientific) ? `(${body})` : body;
}

/** Writes model numbers as TeX, each exactly as formatValue shows it in `language`. */
export interface NumberWriter {
  /** A result or a leading term. */
  plain: (value: number) => string;
  /** A factor, subtrahend or base of a power: parenthesised when negative or scientific. */
  operand: (value: number) => string;
}

export function numberWriter(language: Language): NumberWriter {
  return {
    plain: (value) => texNumber(formatValue(value, language)),
    operand: (value) => texNumber(formatValue(value, language), { operand: true }),
  };
}

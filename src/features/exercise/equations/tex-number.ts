import type { Language } from '../../../content/ui/messages';
import { DEFAULT_SIGNIFICANT_FIGURES, formatValue, texOfFormatted } from '../../../ui/format';

interface TexNumberOptions {
  /**
   * The number is an operand of ·, − or a power: put it in parentheses when it is negative or in
   * scientific notation, so "0,5 · (−0,0123)" never reads as a subtraction.
   */
  operand?: boolean;
}

/**
 * A number already formatted for display (formatValue) as TeX, digit for digit (texOfFormatted):
 * the pt-BR decimal comma becomes {,} (so TeX does not add a space after it) and "1,234·10⁻⁵"
 * becomes 1{,}234 \cdot 10^{-5}. Anything else, such as the "—" of a non-finite value, a dash.
 */
export function texNumber(formatted: string, options: TexNumberOptions = {}): string {
  const body = texOfFormatted(formatted);
  const parenthesised = body.startsWith('-') || body.includes('\\cdot');
  return options.operand && parenthesised ? `(${body})` : body;
}

/** Writes model numbers as TeX, each exactly as formatValue shows it in `language`. */
export interface NumberWriter {
  /** A result or a leading term. */
  plain: (value: number) => string;
  /** A factor, subtrahend or base of a power: parenthesised when negative or scientific. */
  operand: (value: number) => string;
}

/**
 * Numbers at `significantFigures` figures, as formatValue shows them; `minimumFigures` lets
 * trailing zeros go below that (an operand written with extra figures, see substitution.ts).
 */
export function numberWriter(
  language: Language,
  significantFigures = DEFAULT_SIGNIFICANT_FIGURES,
  minimumFigures = significantFigures,
): NumberWriter {
  const format = (value: number) =>
    formatValue(value, language, significantFigures, minimumFigures);
  return {
    plain: (value) => texNumber(format(value)),
    operand: (value) => texNumber(format(value), { operand: true }),
  };
}

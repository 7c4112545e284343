import type { Language } from '../content/ui/messages';
import { clampFigures, DEFAULT_SIGNIFICANT_FIGURES } from '../store/display-slice';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(language, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** Shown in place of a number that is not finite; the app never prints NaN or Infinity. */
export const NOT_A_NUMBER = '—';

export { DEFAULT_SIGNIFICANT_FIGURES };

/** A number with exactly `digits` decimals in the language's convention: 0,10 in pt-BR, 0.10 in English. */
export function formatFixed(value: number, language: Language, digits: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return formatter(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);
}

/**
 * A model value (activation, loss, gradient, weight) at the app's one display precision:
 * `significantFigures` significant figures (4 unless the display asks for more), written out
 * when 10⁻³ ≤ |value| < 10^figures and in scientific notation otherwise, so that a gradient of
 * 0,001234 keeps its four figures (four decimals would leave two) and 12345 is never shown as
 * "12350". Trailing zeros stay (1 → "1,000"): the digits shown are the precision meant.
 * `minimumFigures` (≤ significantFigures) lets trailing zeros go below it, for an operand written
 * with more figures than the rest so that a substitution reproduces (see live equations).
 */
export function formatValue(
  value: number,
  language: Language,
  significantFigures = DEFAULT_SIGNIFICANT_FIGURES,
  minimumFigures = significantFigures,
): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const maximum = clampFigures(significantFigures);
  const minimum = Math.min(maximum, clampFigures(minimumFigures));
  // −0 (e.g. the gradient through a dead ReLU) would print as "-0,000"
  const signed = value === 0 ? 0 : value;
  const magnitude = Math.abs(signed);
  // 9999,7 at four figures rounds up to 10⁴, which only scientific notation shows with four
  const scientific = signed !== 0 && (magnitude < 1e-3 || magnitude >= 10 ** maximum - 0.5);
  return formatter(language, {
    ...(scientific ? { notation: 'scientific' } : {}),
    minimumSignificantDigits: minimum,
    maximumSignificantDigits: maximum,
    useGrouping: false,
  }).format(signed);
}

/**
 * A number in a field the learner edits: up to `significantFigures` figures, without trailing
 * zeros (0,5 rather than 0,5000; 1E-4 rather than 1,000E-4), as one would type it.
 */
export function formatField(
  value: number,
  language: Language,
  significantFigures = DEFAULT_SIGNIFICANT_FIGURES,
): string {
  return formatValue(value, language, significantFigures, 1);
}

/** A whole count with locale grouping: 1.000 in pt-BR, 1,000 in English. */
export function formatCount(value: number, language: Language): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return formatter(language, { maximumFractionDigits: 0 }).format(value);
}

import type { Language } from '../content/ui/messages';

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
 * four decimals, or four significant digits in scientific notation when |value| < 0.001 or ≥ 10⁵,
 * so that every number on the diagram, the read-outs and the equations agrees.
 */
export function formatValue(value: number, language: Language): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  // −0 (e.g. the gradient through a dead ReLU) would print as "-0,0000"
  if (value === 0) return formatFixed(0, language, 4);
  const magnitude = Math.abs(value);
  if (value === 0 || (magnitude >= 1e-3 && magnitude < 1e5)) {
    return formatFixed(value, language, 4);
  }
  return formatter(language, {
    notation: 'scientific',
    maximumSignificantDigits: 4,
  }).format(value);
}

/** A whole count with locale grouping: 1.000 in pt-BR, 1,000 in English. */
export function formatCount(value: number, language: Language): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return formatter(language, { maximumFractionDigits: 0 }).format(value);
}

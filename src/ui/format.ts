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

/** The minus sign every number written for people carries (U+2212), never the hyphen-minus. */
export const MINUS = '\u2212';

/** The dot between a mantissa and its power of ten: 1,234·10⁻⁵. */
export const TIMES_TEN = '·10';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_MINUS = '⁻';

export { DEFAULT_SIGNIFICANT_FIGURES };

/** An exponent in superscript: −5 as ⁻⁵, 12 as ¹². */
export function superscriptExponent(exponent: number): string {
  const digits = [...String(Math.abs(exponent))].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]);
  return `${exponent < 0 ? SUPERSCRIPT_MINUS : ''}${digits.join('')}`;
}

/** Intl's hyphen-minus as the typographic minus sign. */
const withMinus = (text: string): string => text.replace('-', MINUS);

/** A number with exactly `digits` decimals in the language's convention: 0,10 in pt-BR, 0.10 in English. */
export function formatFixed(value: number, language: Language, digits: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const signed = value === 0 ? 0 : value;
  const text = formatter(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(signed);
  // −0,004 at two decimals rounds to "-0,00": no sign on a zero
  return /[1-9]/.test(text) ? withMinus(text) : text.replace('-', '');
}

/** A rounded number before it is written: sign, mantissa ("1.234", point), power of ten or null. */
interface RoundedParts {
  negative: boolean;
  mantissa: string;
  exponent: number | null;
}

/** `value` (finite) at the significant figures formatValue's doc comment describes. */
function roundedParts(
  value: number,
  significantFigures: number,
  minimumFigures: number,
): RoundedParts {
  const maximum = clampFigures(significantFigures);
  const minimum = Math.min(maximum, clampFigures(minimumFigures));
  // −0 (e.g. the gradient through a dead ReLU) would print as "−0,000"
  const signed = value === 0 ? 0 : value;
  const magnitude = Math.abs(signed);
  // 9999,7 at four figures rounds up to 10⁴, which only scientific notation shows with four
  const scientific = signed !== 0 && (magnitude < 1e-3 || magnitude >= 10 ** maximum - 0.5);
  const written = formatter('en', {
    ...(scientific ? { notation: 'scientific' } : {}),
    minimumSignificantDigits: minimum,
    maximumSignificantDigits: maximum,
    useGrouping: false,
  }).format(magnitude);
  const [mantissa = '', exponent] = written.split('E');
  return {
    negative: signed < 0,
    mantissa,
    exponent: exponent === undefined ? null : Number(exponent),
  };
}

/**
 * A model value (activation, loss, gradient, weight) at the app's one display precision:
 * `significantFigures` significant figures (4 unless the display asks for more), written out
 * when 10⁻³ ≤ |value| < 10^figures and in scientific notation otherwise, so that a gradient of
 * 0,001234 keeps its four figures (four decimals would leave two) and 12345 is never shown as
 * "12350". Trailing zeros stay (1 → "1,000"): the digits shown are the precision meant.
 * `minimumFigures` (≤ significantFigures) lets trailing zeros go below it, for an operand written
 * with more figures than the rest so that a substitution reproduces (see live equations).
 *
 * Written the one way the app writes numbers for people: the language's decimal separator (0,5 in
 * pt-BR, 0.5 in English), the minus sign U+2212 ("−0,5") and a power of ten in superscript after a
 * middle dot ("1,234·10⁻⁵", "1.235·10⁴"); formatValueTex writes the same number in TeX.
 */
export function formatValue(
  value: number,
  language: Language,
  significantFigures = DEFAULT_SIGNIFICANT_FIGURES,
  minimumFigures = significantFigures,
): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const { negative, mantissa, exponent } = roundedParts(value, significantFigures, minimumFigures);
  const digits = language === 'pt-BR' ? mantissa.replace('.', ',') : mantissa;
  const power = exponent === null ? '' : `${TIMES_TEN}${superscriptExponent(exponent)}`;
  return `${negative ? MINUS : ''}${digits}${power}`;
}

/** formatValue's number as TeX: "−1,234·10⁻⁵" as -1{,}234 \cdot 10^{-5}; a dash when not finite. */
export function formatValueTex(
  value: number,
  language: Language,
  significantFigures = DEFAULT_SIGNIFICANT_FIGURES,
  minimumFigures = significantFigures,
): string {
  return texOfFormatted(formatValue(value, language, significantFigures, minimumFigures));
}

/** TeX for a number that could not be shown (formatValue's dash). */
export const TEX_NOT_A_NUMBER = '\\text{---}';

/** formatValue's output: sign, digits with a decimal point or comma, optional ·10 and exponent. */
const FORMATTED = /^([-−]?)(\d+(?:[.,]\d+)?)(?:·10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/;

/**
 * A number formatValue wrote, as TeX digit for digit: the pt-BR decimal comma becomes {,} (so TeX
 * adds no space after it), U+2212 becomes TeX's minus and "·10⁻⁵" becomes \cdot 10^{-5}. Anything
 * else, such as the "—" of a non-finite value, becomes a dash.
 */
export function texOfFormatted(formatted: string): string {
  const match = FORMATTED.exec(formatted.trim());
  if (!match) return TEX_NOT_A_NUMBER;
  const [, sign = '', digits = '', exponent] = match;
  const mantissa = `${sign === '' ? '' : '-'}${digits.replace(',', '{,}')}`;
  if (exponent === undefined) return mantissa;
  const power = [...exponent]
    .map((character) =>
      character === SUPERSCRIPT_MINUS ? '-' : SUPERSCRIPT_DIGITS.indexOf(character),
    )
    .join('');
  return `${mantissa} \\cdot 10^{${power}}`;
}

/** The number formatValue shows for `value` at `significantFigures` figures, as a number. */
export function roundToFigures(value: number, significantFigures: number): number {
  if (!Number.isFinite(value)) return value;
  const { negative, mantissa, exponent } = roundedParts(value, significantFigures, 1);
  const rounded = Number(`${mantissa}e${exponent ?? 0}`);
  return negative ? -rounded : rounded;
}

/**
 * A number in a field the learner edits: up to `significantFigures` figures, without trailing
 * zeros (0,5 rather than 0,5000; 1·10⁻⁴ rather than 1,000·10⁻⁴), as one would type it; the
 * number parser (parse-number.ts) reads it back.
 */
export function formatField(
  value: number,
  language: Language,
  significantFigures = DEFAULT_SIGNIFICANT_FIGURES,
): string {
  return formatValue(value, language, significantFigures, 1);
}

/** A whole count with locale grouping: 1.000 in pt-BR, 1,000 in English; −3 with U+2212. */
export function formatCount(value: number, language: Language): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const text = formatter(language, { maximumFractionDigits: 0 }).format(value);
  return /[1-9]/.test(text) ? withMinus(text) : text.replace('-', '');
}

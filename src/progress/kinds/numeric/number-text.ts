/**
 * The one reader of numbers written for people, shared by the quizzes, the exercise's fields and
 * the labs (src/ui/parse-number.ts re-exports it for the views). It reads the app's own format
 * back — a decimal comma or point, the minus sign U+2212 and a power of ten after a middle dot
 * ("−1,6·10⁻⁶") — and what people type: "-0.5", "2,5e-3", "1,2 × 10^-4", "+3", ",5".
 * Digit grouping is refused: "1,234,5", "1.234,5" and "1 000" are not numbers, since "1,234"
 * means 1.234 in pt-BR and 1234 in English.
 */

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A power of ten after ·, ×, * or x: "·10⁻⁴", "×10^-4", "*10^(−4)". */
const POWER_OF_TEN = /[·×*x]10(?:\^\(?([-+]?\d+)\)?|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/i;

/** Sign, digits with at most one decimal point, an optional e-exponent. */
const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** The exponent of a power of ten in superscript, "⁻⁴", as plain text, "-4". */
function plainExponent(superscript: string): string {
  return [...superscript]
    .map((character) => {
      if (character === '⁻') return '-';
      if (character === '⁺') return '+';
      return String(SUPERSCRIPT_DIGITS.indexOf(character));
    })
    .join('');
}

/** The number `text` holds, or null for empty, partial, grouped or non-finite input. */
export function parseDecimal(text: string): number | null {
  const compact = text
    .trim()
    // spaces are allowed around the sign of multiplication only: "1,2 × 10⁻⁴"
    .replace(/\s*([·×*x])\s*(?=10)/gi, '$1')
    .replace(/[−–]/g, '-');
  if (/\s/.test(compact) || /,.*[.,]|\..*,/.test(compact)) return null;
  const decimal = compact.replace(',', '.');
  const power = POWER_OF_TEN.exec(decimal);
  const normalised = power
    ? `${decimal.slice(0, power.index)}e${power[1] ?? plainExponent(power[2] ?? '')}`
    : decimal;
  if (!PLAIN.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

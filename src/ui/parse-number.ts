const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A power of ten after ·, × or *: "·10⁻⁴", "×10^-4", "*10^(−4)" → "e-4". */
const POWER_OF_TEN = /[·×*x]10(?:\^\(?([-+]?\d+)\)?|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/i;

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

/**
 * A number typed by a learner in either convention, or copied from the app: "0,5" (pt-BR) or
 * "0.5", a minus sign U+2212 or hyphen-minus, and a power of ten as the app writes it ("1,2·10⁻⁴")
 * or as people type it ("1.2e-4", "1,2E-4", "1,2×10^-4"). Returns null for empty, partial or
 * non-finite input.
 */
export function parseTypedNumber(text: string): number | null {
  const compact = text.trim().replace(/\s/g, '').replace(',', '.').replace(/[−–]/g, '-');
  const power = POWER_OF_TEN.exec(compact);
  const normalised = power
    ? `${compact.slice(0, power.index)}e${power[1] ?? plainExponent(power[2] ?? '')}`
    : compact;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

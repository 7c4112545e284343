/**
 * A decimal number as a learner or an author types it: `0,25` and `0.25` alike, an optional sign
 * (`-`, `+` or the typographic `−`), an optional exponent (`2,5e-3`). Digit grouping is refused:
 * `1,234` would mean 1.234 in pt-BR and 1234 in English.
 */
const DECIMAL = /^([+\-−]?)(\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE]([+\-−]?\d+))?$/;

/** The number `text` holds, or null when it is not one decimal number. */
export function parseDecimal(text: string): number | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const sign = match[1] === '-' || match[1] === '−' ? '-' : '';
  const digits = (match[2] ?? '').replace(',', '.');
  const exponent = match[3] === undefined ? '' : `e${match[3].replace('−', '-')}`;
  const value = Number(`${sign}${digits}${exponent}`);
  return Number.isFinite(value) ? value : null;
}

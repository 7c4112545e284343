/**
 * A number typed by a learner in either convention: "0,5" (pt-BR) or "0.5", and "1e200".
 * Returns null for empty, partial or non-finite input.
 */
export function parseTypedNumber(text: string): number | null {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

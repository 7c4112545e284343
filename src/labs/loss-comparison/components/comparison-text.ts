import type { Language } from '../../../content/ui/messages';
import type { RunSnapshot } from '../model/loss-comparison-run';
import { formatCount, formatField, formatValueTex } from '../../../ui/format';

/** One point of the chart: the step and each network's J_t/J_0. */
export interface NormalisedPoint {
  step: number;
  halfSquaredError: number | null;
  binaryCrossEntropy: number | null;
}

/** Most points drawn per curve; the last step is always kept. */
export const POINT_LIMIT = 200;

/** J_t/J_0 of both curves, thinned to about POINT_LIMIT points (null where not positive). */
export function normalisedPoints(
  history: { halfSquaredError: readonly number[]; binaryCrossEntropy: readonly number[] },
  limit = POINT_LIMIT,
): NormalisedPoint[] {
  const count = Math.min(history.halfSquaredError.length, history.binaryCrossEntropy.length);
  const stride = Math.max(1, Math.ceil(count / limit));
  // called with step < count, and count ≤ both lengths: values[step] and values[0] exist
  const ratio = (values: readonly number[], step: number) => {
    const value = values[step]! / values[0]!;
    return value > 0 && Number.isFinite(value) ? value : null;
  };
  const points: NormalisedPoint[] = [];
  for (let step = 0; step < count; step += stride) {
    points.push({
      step,
      halfSquaredError: ratio(history.halfSquaredError, step),
      binaryCrossEntropy: ratio(history.binaryCrossEntropy, step),
    });
  }
  const last = count - 1;
  if (last > 0 && points.at(-1)?.step !== last) {
    points.push({
      step: last,
      halfSquaredError: ratio(history.halfSquaredError, last),
      binaryCrossEntropy: ratio(history.binaryCrossEntropy, last),
    });
  }
  return points;
}

/** A number formatted by formatValue, as TeX: decimal comma as {,}, "1,2·10⁻⁵" as 1{,}2 \cdot 10^{-5}. */
export function texValue(value: number, language: Language): string {
  return formatValueTex(value, language);
}

/** TeX of a factor: parenthesised when negative or in scientific notation. */
export function texFactor(value: number, language: Language): string {
  const tex = texValue(value, language);
  return tex.startsWith('-') || tex.includes('\\cdot') ? `(${tex})` : tex;
}

/** ∂ℓ/∂z_o = (ŷ − y)·ŷ(1 − ŷ) with the MSE network's numbers substituted. */
export function mseTex(run: RunSnapshot, language: Language): string {
  const prediction = texValue(run.prediction, language);
  const target = formatCount(run.target, language);
  return (
    `\\frac{\\partial \\ell}{\\partial z_o} = (\\hat y - y)\\,\\underbrace{\\hat y(1 - \\hat y)}_{\\sigma'(z_o)}` +
    ` = (${prediction} - ${target}) \\cdot ${texFactor(run.slope, language)}` +
    ` = ${texValue(run.dLossDz, language)}`
  );
}

/** ∂ℓ/∂z_o = ŷ − y with the BCE network's numbers substituted. */
export function bceTex(run: RunSnapshot, language: Language): string {
  const prediction = texValue(run.prediction, language);
  const target = formatCount(run.target, language);
  return (
    `\\frac{\\partial \\ell}{\\partial z_o} = \\hat y - y` +
    ` = ${prediction} - ${target} = ${texValue(run.dLossDz, language)}`
  );
}

/** Significant figures of σ′, its inverse and η in the sentences: 0,00960, 104, 0,5. */
const SENTENCE_FIGURES = 3;

/**
 * A number of the sentences at three significant figures, in the app's one number format
 * (formatField: no trailing zeros, ·10⁻⁴ powers below 0,001 and from 1000 on).
 */
export function formatSignificant(value: number, language: Language): string {
  return formatField(value, language, SENTENCE_FIGURES);
}

/**
 * The diagram's colours. Contrast ratios (WCAG 2.x relative luminance) against the white
 * background #ffffff, and against the lit-phase band #fffbeb where text can sit on it:
 * text 14.68:1 (14.16:1), muted 7.56:1 (7.29:1), dead-unit outline 4.83:1, positive weight
 * 6.70:1 (6.46:1), negative weight 6.47:1 (6.24:1), gradient arrow 7.10:1 (6.85:1), phase caption
 * 7.09:1 (6.84:1), selection 5.48:1. Every line, glyph and text reaches ≥ 3:1; text ≥ 4.5:1.
 */
export const PALETTE = {
  background: '#ffffff',
  text: '#1f2937',
  muted: '#4b5563',
  dead: '#6b7280',
  deadFill: '#f3f4f6',
  positive: '#1d4ed8',
  negative: '#b91c1c',
  gradient: '#6d28d9',
  phase: '#92400e',
  phaseFill: '#fffbeb',
  selected: '#047857',
} as const;

export type WeightSign = 'positive' | 'negative' | 'zero';

/** The sign shown for a weight: colour, dash pattern and mark all follow it. */
export function weightSign(weight: number): WeightSign {
  if (weight > 0) return 'positive';
  if (weight < 0) return 'negative';
  return 'zero';
}

/** Colour by sign: blue for w > 0, red for w < 0, grey for 0 (never the only cue). */
export function weightColor(weight: number): string {
  const sign = weightSign(weight);
  return sign === 'zero' ? PALETTE.muted : PALETTE[sign];
}

/** The second cue after colour: a dashed line for negative weights, dotted for zero, solid otherwise. */
export function weightDash(weight: number): string | undefined {
  const sign = weightSign(weight);
  if (sign === 'negative') return '9 5';
  if (sign === 'zero') return '2 5';
  return undefined;
}

/** The third cue: a "+", "−" or "0" mark beside the weight's label. */
export function weightMark(weight: number): string {
  const sign = weightSign(weight);
  if (sign === 'positive') return '+';
  if (sign === 'negative') return '−';
  return '0';
}

/** Stroke width range of an edge, in viewBox units. */
export const STROKE_WIDTH = { minimum: 1.5, maximum: 8, perUnit: 2.5 } as const;

/** Edge width grows linearly with |w| and is clamped, so a huge weight cannot swallow the diagram. */
export function weightStrokeWidth(weight: number): number {
  const magnitude = Math.abs(weight);
  if (!Number.isFinite(magnitude)) return STROKE_WIDTH.maximum;
  return Math.min(STROKE_WIDTH.maximum, STROKE_WIDTH.minimum + STROKE_WIDTH.perUnit * magnitude);
}

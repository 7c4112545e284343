/**
 * The diagram's colours: the palette's CSS variables (src/app/styles.css), so the SVG follows the
 * light and dark themes. Their contrast — text ≥ 4.5:1 on the background and on the lit-phase
 * band, every line and glyph ≥ 3:1 — is checked in both themes by tests/app/palette.test.ts.
 */
export const PALETTE = {
  background: 'var(--color-background)',
  text: 'var(--color-text)',
  muted: 'var(--color-muted)',
  dead: 'var(--color-inactive)',
  deadFill: 'var(--color-inactive-surface)',
  positive: 'var(--color-positive)',
  negative: 'var(--color-negative)',
  gradient: 'var(--color-gradient)',
  phase: 'var(--color-phase)',
  phaseFill: 'var(--color-phase-surface)',
  selected: 'var(--color-selected)',
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

/** Half the size of the drawn mark, in viewBox units. */
const MARK_HALF = 4;

/**
 * weightMark drawn as a stroke path centred on (x, y): "+" and "−" as bars, "0" as a small ring.
 * Drawn rather than written, so a label's text is its numbers alone.
 */
export function weightMarkPath(weight: number, x: number, y: number): string {
  const bar = `M ${x - MARK_HALF} ${y} H ${x + MARK_HALF}`;
  const sign = weightSign(weight);
  if (sign === 'positive') return `${bar} M ${x} ${y - MARK_HALF} V ${y + MARK_HALF}`;
  if (sign === 'negative') return bar;
  const r = MARK_HALF - 1;
  return `M ${x - r} ${y} A ${r} ${r} 0 1 0 ${x + r} ${y} A ${r} ${r} 0 1 0 ${x - r} ${y}`;
}

/** Stroke width range of an edge, in viewBox units. */
export const STROKE_WIDTH = { minimum: 1.5, maximum: 8, perUnit: 2.5 } as const;

/** Edge width grows linearly with |w| and is clamped, so a huge weight cannot swallow the diagram. */
export function weightStrokeWidth(weight: number): number {
  const magnitude = Math.abs(weight);
  if (!Number.isFinite(magnitude)) return STROKE_WIDTH.maximum;
  return Math.min(STROKE_WIDTH.maximum, STROKE_WIDTH.minimum + STROKE_WIDTH.perUnit * magnitude);
}

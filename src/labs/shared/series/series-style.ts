/** A marker shape drawn on a curve and in the legend, so no series is told by colour alone. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** How one series is drawn: colour (a lab.css variable, light and dark), dash pattern and marker. */
export interface SeriesStyle {
  color: string;
  dash: string;
  marker: MarkerShape;
}

/** Four series told apart by colour, dash pattern and marker at once. */
const STYLES: readonly SeriesStyle[] = [
  { color: 'var(--lab-series-1)', dash: '', marker: 'circle' },
  { color: 'var(--lab-series-2)', dash: '9 4', marker: 'square' },
  { color: 'var(--lab-series-3)', dash: '2 4', marker: 'triangle' },
  { color: 'var(--lab-series-4)', dash: '12 4 3 4', marker: 'diamond' },
];

/** One style per name, in order (up to four names). */
export function seriesStyles<Name extends string>(
  names: readonly Name[],
): Record<Name, SeriesStyle> {
  return Object.fromEntries(
    names.map((name, index) => [name, STYLES[index % STYLES.length]]),
  ) as Record<Name, SeriesStyle>;
}

/** An SVG path of the marker centred at (x, y) with half-size r. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${x},${y - r * 1.15}L${x + r * 1.1},${y + r * 0.85}L${x - r * 1.1},${y + r * 0.85}Z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`;
  }
}

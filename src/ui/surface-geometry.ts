import { SURFACE_DOMAIN, type Point2 } from '../core/figures/loss-surface';

/** The plot's box inside the SVG, in user units: room on the left and below for the axes. */
export const PLOT = { left: 40, top: 10, size: 300, right: 12, bottom: 40 } as const;
export const VIEW_WIDTH = PLOT.left + PLOT.size + PLOT.right;
export const VIEW_HEIGHT = PLOT.top + PLOT.size + PLOT.bottom;

const SPAN = SURFACE_DOMAIN.max - SURFACE_DOMAIN.min;

/** SVG position of a point of the parameter plane (w₂ grows upwards). */
export function toPlot({ w1, w2 }: Point2): { x: number; y: number } {
  return {
    x: PLOT.left + ((w1 - SURFACE_DOMAIN.min) / SPAN) * PLOT.size,
    y: PLOT.top + ((SURFACE_DOMAIN.max - w2) / SPAN) * PLOT.size,
  };
}

/** SVG position of a d3-contour coordinate on a `gridSize` grid (0 … gridSize across the domain). */
export function gridToPlot([column, row]: readonly number[], gridSize: number) {
  const cell = SPAN / gridSize;
  return toPlot({
    w1: SURFACE_DOMAIN.min + (column ?? 0) * cell,
    w2: SURFACE_DOMAIN.min + (row ?? 0) * cell,
  });
}

const round = (value: number) => Math.round(value * 10) / 10;

/** An SVG path for a contour's polygons (GeoJSON MultiPolygon coordinates in grid units). */
export function contourPath(polygons: readonly number[][][][], gridSize: number): string {
  return polygons
    .flatMap((rings) =>
      rings.map((ring) => {
        const points = ring.map((coordinate) => {
          const { x, y } = gridToPlot(coordinate, gridSize);
          return `${round(x)},${round(y)}`;
        });
        return `M${points.join('L')}Z`;
      }),
    )
    .join('');
}

/**
 * Fill of the region above level `index` of `count`: from the valley's colour to the highest
 * band's, mixed in sRGB (CSS variables, so it follows the theme); the path and the ball keep
 * ≥ 3:1 against both ends, hence against every band between them.
 */
export function levelFill(index: number, count: number): string {
  const share = count <= 1 ? 0 : index / (count - 1);
  const percent = Math.round(share * 1000) / 10;
  return `color-mix(in srgb, var(--color-contour-high) ${percent}%, var(--color-contour-low))`;
}

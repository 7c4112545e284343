import { RACE_DOMAIN, type Point2 } from '../model/race-surface';

/** The plot's box inside the SVG, in user units: room on the left and below for the axes. */
export const PLOT = { left: 40, top: 10, size: 320, right: 96, bottom: 40 } as const;
export const VIEW_WIDTH = PLOT.left + PLOT.size + PLOT.right;
export const VIEW_HEIGHT = PLOT.top + PLOT.size + PLOT.bottom;

const WIDTH = RACE_DOMAIN.w1.max - RACE_DOMAIN.w1.min;
const HEIGHT = RACE_DOMAIN.w2.max - RACE_DOMAIN.w2.min;

/** SVG position of a point of the parameter plane (w₂ grows upwards). */
export function toPlot({ w1, w2 }: Point2): { x: number; y: number } {
  return {
    x: PLOT.left + ((w1 - RACE_DOMAIN.w1.min) / WIDTH) * PLOT.size,
    y: PLOT.top + ((RACE_DOMAIN.w2.max - w2) / HEIGHT) * PLOT.size,
  };
}

/** The point of the plane at an SVG position: the inverse of toPlot. */
export function fromPlot(x: number, y: number): Point2 {
  return {
    w1: RACE_DOMAIN.w1.min + ((x - PLOT.left) / PLOT.size) * WIDTH,
    w2: RACE_DOMAIN.w2.max - ((y - PLOT.top) / PLOT.size) * HEIGHT,
  };
}

/** True when the SVG position falls inside the plot's box. */
export function insidePlot(x: number, y: number): boolean {
  return x >= PLOT.left && x <= PLOT.left + PLOT.size && y >= PLOT.top && y <= PLOT.top + PLOT.size;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** An SVG path for a contour's polygons (GeoJSON MultiPolygon coordinates in grid units). */
export function contourPath(polygons: readonly number[][][][], gridSize: number): string {
  return polygons
    .flatMap((rings) =>
      rings.map((ring) => {
        const points = ring.map(([column = 0, row = 0]) => {
          const { x, y } = toPlot({
            w1: RACE_DOMAIN.w1.min + (column / gridSize) * WIDTH,
            w2: RACE_DOMAIN.w2.min + (row / gridSize) * HEIGHT,
          });
          return `${round(x)},${round(y)}`;
        });
        return `M${points.join('L')}Z`;
      }),
    )
    .join('');
}

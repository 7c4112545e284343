import { describe, expect, it } from 'vitest';
import { contourPath, gridToPlot, levelFill, PLOT, toPlot } from '../../src/ui/surface-geometry';

describe('the loss-surface geometry', () => {
  it('maps the domain onto the plot box, w₂ upwards', () => {
    expect(toPlot({ w1: -3, w2: -3 })).toEqual({ x: PLOT.left, y: PLOT.top + PLOT.size });
    expect(toPlot({ w1: 3, w2: 3 })).toEqual({ x: PLOT.left + PLOT.size, y: PLOT.top });
    expect(toPlot({ w1: 0, w2: 0 })).toEqual({
      x: PLOT.left + PLOT.size / 2,
      y: PLOT.top + PLOT.size / 2,
    });
  });

  it('maps d3-contour grid coordinates the same way', () => {
    expect(gridToPlot([0, 0], 10)).toEqual(toPlot({ w1: -3, w2: -3 }));
    expect(gridToPlot([5, 5], 10)).toEqual(toPlot({ w1: 0, w2: 0 }));
  });

  it('writes one closed subpath per ring', () => {
    const square = [
      [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 0],
        ],
      ],
    ];
    const d = contourPath(square, 10);
    expect(d.startsWith(`M${PLOT.left},${PLOT.top + PLOT.size}L`)).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(d.match(/M/g)).toHaveLength(1);
  });

  it('shades the levels from the valley colour to the highest band colour, through the theme', () => {
    const share = (fill: string) => Number(/var\(--color-contour-high\) ([\d.]+)%/.exec(fill)?.[1]);
    expect(share(levelFill(0, 5))).toBe(0);
    expect(share(levelFill(2, 5))).toBe(50);
    expect(share(levelFill(4, 5))).toBe(100);
    expect(share(levelFill(1, 3))).toBe(50);
    expect(levelFill(0, 1)).toMatch(/var\(--color-contour-low\)\)$/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  labelBox,
  placeLabels,
  type LabelRequest,
} from '../../../../src/labs/optimizer-race/components/race-label-layout';

const NAMES = ['SGD', 'Momentum', 'RMSProp', 'Adam'];
const SIDES: LabelRequest['prefer'][] = [
  { dx: -1, dy: 1 },
  { dx: 1, dy: -1 },
  { dx: -1, dy: -1 },
  { dx: 1, dy: 1 },
];

function requests(heads: { x: number; y: number }[]): LabelRequest[] {
  return heads.map((head, index) => ({ head, text: NAMES[index]!, prefer: SIDES[index]! }));
}

/** Every pair of boxes, each once. */
function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((item, index) =>
    items.slice(index + 1).map((other): [T, T] => [item, other]),
  );
}

describe('placing the optimizers’ names', () => {
  it('tells overlapping boxes from boxes that only touch', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxesOverlap(box, { x: 9, y: 9, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap(box, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(boxesOverlap(box, { x: 0, y: 10, width: 10, height: 10 })).toBe(false);
  });

  it('sizes a box from its anchor: start grows right, end grows left, middle both ways', () => {
    const start = labelBox(100, 50, 'start', 4);
    const end = labelBox(100, 50, 'end', 4);
    const middle = labelBox(100, 50, 'middle', 4);
    expect(start.width).toBe(end.width);
    expect(start.x).toBeLessThan(100);
    expect(start.x + start.width).toBeGreaterThan(100 + 3 * 8);
    expect(end.x + end.width).toBeGreaterThan(100);
    expect(end.x).toBeLessThan(100 - 3 * 8);
    expect(middle.x + middle.width / 2).toBeCloseTo(100);
    // the box covers the text above its baseline and its descenders below
    expect(start.y).toBeLessThan(50 - 10);
    expect(start.y + start.height).toBeGreaterThan(50);
  });

  it('keeps each name in its preferred corner when the heads are far apart', () => {
    const heads = [
      { x: 50, y: 50 },
      { x: 300, y: 50 },
      { x: 50, y: 300 },
      { x: 300, y: 300 },
    ];
    const placed = placeLabels(requests(heads));
    placed.forEach((label, index) => {
      const { dx, dy } = SIDES[index]!;
      expect(Math.sign(label.x - heads[index]!.x)).toBe(dx);
      expect(Math.sign(label.y - heads[index]!.y)).toBe(dy);
      expect(label.anchor).toBe(dx < 0 ? 'end' : 'start');
    });
  });

  // all four at the minimum; staggered by a few units, as the heads are when they arrive
  const clusters = [
    [0, 0, 0, 0],
    [0, 6, -6, 12],
    [-20, 20, -10, 10],
  ].map((shifts) =>
    shifts.map((shift, index) => ({ x: 200 + shift, y: 200 + shift * (index % 2 ? -1 : 1) })),
  );

  for (const [index, heads] of clusters.entries()) {
    it(`never overlaps two names, nor a name and the minimum’s label (cluster ${index + 1})`, () => {
      const minimum = labelBox(200, 222, 'middle', 'Mínimo'.length);
      const placed = placeLabels(requests(heads), [minimum]);
      for (const [a, b] of pairs(placed)) expect(boxesOverlap(a.box, b.box)).toBe(false);
      for (const label of placed) expect(boxesOverlap(label.box, minimum)).toBe(false);
      // the box placeLabels reports is the one its text takes
      for (const [position, label] of placed.entries()) {
        expect(label.box).toEqual(
          labelBox(label.x, label.y, label.anchor, NAMES[position]!.length),
        );
      }
    });
  }
});

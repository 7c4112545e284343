// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseSpec } from '../../../../src/core/exercise/config';
import type { NetworkSpec } from '../../../../src/core/types';
import {
  diagramLayout,
  MAXIMUM_WIDTH,
  minimumWidth,
  orientationFor,
  type DiagramLayout,
  type Orientation,
  type Rect,
} from '../../../../src/features/exercise/network-diagram/geometry';
import { litColumns } from '../../../../src/features/exercise/network-diagram/item-labels';
import { allParameterRefs, sameRef } from '../../../../src/core/network/parameter-ref';
import { specArbitrary } from '../../../core/network/arbitraries';
import { defined } from './defined';

const ORIENTATIONS: Orientation[] = ['horizontal', 'vertical'];
const lessonSpec = exerciseSpec('sigmoid', 'halfSquaredError');
/** Container widths (CSS px) each orientation is drawn at: 0 is "not measured yet". */
const WIDTHS: Record<Orientation, number[]> = {
  horizontal: [0, 812, 836, 1000, 1232, 1400, 1920],
  vertical: [0, 288, 320, 351, 500, 660, 800],
};
/** Every orientation with every width it may be drawn at. */
const CASES = ORIENTATIONS.flatMap((orientation) =>
  WIDTHS[orientation].map((width) => [orientation, width] as const),
);

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(rect: Rect, layout: DiagramLayout): boolean {
  return (
    rect.x >= 0 &&
    rect.y >= 0 &&
    rect.x + rect.width <= layout.width &&
    rect.y + rect.height <= layout.height
  );
}

const cards = (layout: DiagramLayout) => layout.nodes.flat().map((node) => node.box);

/** Every pair of boxes in the list that overlaps, as index pairs. */
function overlappingPairs(boxes: Rect[]): [number, number][] {
  const pairs: [number, number][] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b, k) => overlaps(a, b) && pairs.push([i, i + 1 + k])),
  );
  return pairs;
}

describe('diagramLayout for the lesson 2–2–1 network', () => {
  it.each(CASES)(
    '%s at %i px: 2 inputs, 2 hidden, 1 output and the loss, every card inside the viewBox',
    (orientation, width) => {
      const layout = diagramLayout(lessonSpec, orientation, width);
      expect(layout.nodes.map((column) => column.length)).toEqual([
        lessonSpec.inputSize,
        ...lessonSpec.layers.map((layer) => layer.size),
        1,
      ]);
      for (const box of cards(layout)) expect(inside(box, layout)).toBe(true);
    },
  );

  it.each(CASES)(
    '%s at %i px: one edge per weight, each label inside the viewBox and on its edge',
    (orientation, width) => {
      const layout = diagramLayout(lessonSpec, orientation, width);
      const weightRefs = allParameterRefs(lessonSpec).filter((ref) => ref.kind === 'weight');
      expect(layout.edges).toHaveLength(weightRefs.length);
      for (const ref of weightRefs)
        expect(layout.edges.some((edge) => sameRef(edge.ref, ref))).toBe(true);
      for (const { from, to, label } of layout.edges) {
        expect(inside(label, layout)).toBe(true);
        const center = { x: label.x + label.width / 2, y: label.y + label.height / 2 };
        // the label's centre lies on the segment from → to (cross product 0, between the ends)
        const cross = (to.x - from.x) * (center.y - from.y) - (to.y - from.y) * (center.x - from.x);
        expect(Math.abs(cross)).toBeLessThan(1e-6 * Math.hypot(to.x - from.x, to.y - from.y) ** 2);
        expect(Math.min(from.x, to.x) <= center.x && center.x <= Math.max(from.x, to.x)).toBe(true);
        expect(Math.min(from.y, to.y) <= center.y && center.y <= Math.max(from.y, to.y)).toBe(true);
      }
    },
  );

  it.each(CASES)('%s at %i px: no card or weight label overlaps another', (orientation, width) => {
    const layout = diagramLayout(lessonSpec, orientation, width);
    const boxes = [...cards(layout), ...layout.edges.map((edge) => edge.label)];
    expect(overlappingPairs(boxes)).toEqual([]);
  });

  it.each(CASES)(
    '%s at %i px: labels are not stacked in one column: each sits on its own edge, apart',
    (orientation, width) => {
      const layout = diagramLayout(lessonSpec, orientation, width);
      for (const layer of lessonSpec.layers.keys()) {
        const centres = layout.edges
          .filter((edge) => edge.ref.layer === layer)
          .map(({ label }) => `${label.x + label.width / 2},${label.y + label.height / 2}`);
        expect(new Set(centres).size).toBe(centres.length);
      }
    },
  );

  it.each(CASES)(
    '%s at %i px: one unit per CSS px: as wide as the container, within the least and widest',
    (orientation, width) => {
      const layout = diagramLayout(lessonSpec, orientation, width);
      const least = minimumWidth(lessonSpec, orientation);
      expect(layout.width).toBe(Math.max(least, Math.min(MAXIMUM_WIDTH[orientation], width)));
    },
  );

  it.each(ORIENTATIONS)(
    '%s: edges run forward, from the source card to the target card',
    (orientation) => {
      const layout = diagramLayout(lessonSpec, orientation);
      for (const { ref, from, to } of layout.edges) {
        const source = defined(layout.nodes[ref.layer]?.[ref.column]).center;
        const target = defined(layout.nodes[ref.layer + 1]?.[ref.row]).center;
        const main = (point: { x: number; y: number }) =>
          orientation === 'horizontal' ? point.x : point.y;
        expect(main(source) < main(from) && main(from) < main(to) && main(to) < main(target)).toBe(
          true,
        );
      }
    },
  );

  it('is wider than tall left to right, and taller than wide top to bottom', () => {
    const horizontal = diagramLayout(lessonSpec, 'horizontal');
    const vertical = diagramLayout(lessonSpec, 'vertical');
    expect(horizontal.width).toBeGreaterThan(horizontal.height);
    expect(vertical.height).toBeGreaterThan(vertical.width);
    // a 320 px phone's column (its page padding off) holds the vertical layout at full size
    expect(minimumWidth(lessonSpec, 'vertical')).toBeLessThanOrEqual(288);
  });

  it('has one band per column, each inside the viewBox, none overlapping its neighbour', () => {
    for (const orientation of ORIENTATIONS) {
      const layout = diagramLayout(lessonSpec, orientation);
      expect(layout.columns).toHaveLength(layout.nodes.length);
      for (const { band } of layout.columns) expect(inside(band, layout)).toBe(true);
      // column − 1 and column are both below layout.columns.length
      for (let column = 1; column < layout.columns.length; column++) {
        expect(overlaps(layout.columns[column - 1]!.band, layout.columns[column]!.band)).toBe(
          false,
        );
      }
    }
  });
});

describe('diagramLayout for any network', () => {
  it('puts every card inside the viewBox without overlaps, for random layer sizes', () => {
    fc.assert(
      fc.property(
        specArbitrary,
        fc.constantFrom(...ORIENTATIONS),
        (spec: NetworkSpec, orientation) => {
          const layout = diagramLayout(spec, orientation);
          const boxes = cards(layout);
          expect(boxes).toHaveLength(
            spec.inputSize + spec.layers.reduce((total, layer) => total + layer.size, 0) + 1,
          );
          for (const box of boxes) expect(inside(box, layout)).toBe(true);
          expect(overlappingPairs(boxes)).toEqual([]);
          expect(layout.edges).toHaveLength(
            allParameterRefs(spec).filter((ref) => ref.kind === 'weight').length,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps weight labels apart when drawn top to bottom, whatever the layer sizes', () => {
    fc.assert(
      fc.property(specArbitrary, fc.integer({ min: 0, max: 900 }), (spec: NetworkSpec, width) => {
        const layout = diagramLayout(spec, 'vertical', width);
        const boxes = [...cards(layout), ...layout.edges.map((edge) => edge.label)];
        expect(overlappingPairs(boxes)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('the lit columns', () => {
  const layerCount = lessonSpec.layers.length;
  it('follow the phase: inputs, each layer forward, the loss, each layer backward, every layer at the update', () => {
    expect(litColumns({ kind: 'ready' }, layerCount)).toEqual([0]);
    for (let layer = 0; layer < layerCount; layer++) {
      expect(litColumns({ kind: 'forward', layer }, layerCount)).toEqual([layer + 1]);
      expect(litColumns({ kind: 'backward', layer }, layerCount)).toEqual([layer + 1]);
    }
    expect(litColumns({ kind: 'loss' }, layerCount)).toEqual([layerCount + 1]);
    expect(litColumns({ kind: 'update' }, layerCount)).toEqual(
      lessonSpec.layers.map((_, layer) => layer + 1),
    );
  });
});

describe('orientationFor', () => {
  it('draws left to right from the width that holds it at full size, top to bottom below', () => {
    const least = minimumWidth(lessonSpec, 'horizontal');
    expect(orientationFor(least - 1, lessonSpec)).toBe('vertical');
    expect(orientationFor(least, lessonSpec)).toBe('horizontal');
    // the widget's diagram column at 1280 px (836 px) is wide enough for left to right
    expect(least).toBeLessThanOrEqual(836);
  });

  it('never draws narrower than the container unless it is narrower than the least layout', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 2400 }), (width) => {
        const layout = diagramLayout(lessonSpec, orientationFor(width, lessonSpec), width);
        const least = minimumWidth(lessonSpec, layout.orientation);
        if (width >= least) expect(layout.width).toBeLessThanOrEqual(width);
        else expect(layout.width).toBe(least);
      }),
      { numRuns: 80 },
    );
  });
});

import type { NetworkSpec } from '../../../core/types';
import type { ParameterRef } from '../../../core/network/parameter-ref';
import { placeLabels } from './label-placement';

/** Wide screens read the network left to right; narrow ones (phones) top to bottom. */
export type Orientation = 'horizontal' | 'vertical';

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle by its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Sizes in CSS px: the SVG is laid out for the width it is drawn at, one unit per CSS pixel, so
 * these are the sizes on screen. A neuron card holds its activation, z, a and a's bar, then its
 * bias; a small card an input; the loss card L, y and the loss's bar.
 */
export const NEURON_CARD = { width: 120, height: 150 } as const;
export const SMALL_CARD = { width: 96, height: 52 } as const;
export const LOSS_CARD = { width: 108, height: 74 } as const;
/** A weight's label: sign mark, name = value; gradient arrow and value; new value. */
export const LABEL = { width: 120, height: 60 } as const;
/** Height of one text line inside cards and labels. */
export const LINE = 19;

const MARGIN = 12;
/** Horizontal: two-line column headers above the cards. Vertical: each row's one-line caption above it. */
const CAPTION: Record<Orientation, number> = { horizontal: 46, vertical: 32 };
/** Horizontal: centre-to-centre distance of neighbouring cards in one column. */
const CROSS_GAP_HORIZONTAL = 236;
/** Vertical: the least centre-to-centre distance of neighbouring cards in one row. */
const CROSS_GAP_VERTICAL = NEURON_CARD.width + 16;
/** Horizontal: least gap between the facing sides of two columns whose edges cross, and of others. */
const COLUMN_GAP = { crossing: 190, straight: 128 } as const;
/** Gap between the output cards and the loss card. */
const LOSS_GAP: Record<Orientation, number> = { horizontal: 36, vertical: 64 };
/** Vertical: the least gap between two rows, and the step tried when labels do not fit. */
const ROW_GAP = { minimum: LABEL.height + 44, step: 8 } as const;
/** Vertical, when nothing else fits: labels stacked one per level, this far apart and from the rows. */
const LEVEL_PADDING = 12;
const LEVEL_STEP = LABEL.height + 6;
/** Space between a label and the cards at the ends of its gap. */
const GAP_PADDING = 6;
/** The widest the diagram is drawn; a wider container centres it. */
export const MAXIMUM_WIDTH: Record<Orientation, number> = { horizontal: 1400, vertical: 720 };

export interface NodeLayout {
  /** 0 for the inputs, l + 1 for layer l, layers + 1 for the loss. */
  column: number;
  row: number;
  center: Point;
  box: Rect;
}

export interface EdgeLayout {
  ref: ParameterRef;
  from: Point;
  to: Point;
  label: Rect;
}

export interface ColumnLayout {
  column: number;
  /** The highlight drawn when the phase computes this column. */
  band: Rect;
  caption: Point;
  /** 'middle': a header centred above the column; 'start': a caption at the row's left end. */
  captionAnchor: 'middle' | 'start';
}

export interface DiagramLayout {
  orientation: Orientation;
  width: number;
  height: number;
  /** Cards by column: inputs, each layer, then the loss card alone. */
  nodes: NodeLayout[][];
  edges: EdgeLayout[];
  /** Dashed links from each output card to the loss card. */
  lossLinks: { from: Point; to: Point }[];
  columns: ColumnLayout[];
}

/** The rectangle of `size` centred on `center`. */
export function centeredRect(center: Point, size: { width: number; height: number }): Rect {
  return { x: center.x - size.width / 2, y: center.y - size.height / 2, ...size };
}

/** Card counts per column: the inputs, each layer, the loss card. */
const columnSizes = (spec: NetworkSpec) => [
  spec.inputSize,
  ...spec.layers.map((layer) => layer.size),
  1,
];

const cardSize = (sizes: number[], column: number) => {
  if (column === sizes.length - 1) return LOSS_CARD;
  return column === 0 ? SMALL_CARD : NEURON_CARD;
};

/** Horizontal: the least gap before `column` (its weights' labels fit on their edges). */
function minimumColumnGap(sizes: number[], column: number): number {
  if (column === sizes.length - 1) return LOSS_GAP.horizontal;
  // 1 ≤ column < sizes.length - 1, so both columns exist
  return sizes[column]! > 1 && sizes[column - 1]! > 1 ? COLUMN_GAP.crossing : COLUMN_GAP.straight;
}

/** The narrowest width the network is drawn at in `orientation` without scaling it down. */
export function minimumWidth(spec: NetworkSpec, orientation: Orientation): number {
  const sizes = columnSizes(spec);
  if (orientation === 'vertical') {
    return 2 * MARGIN + NEURON_CARD.width + (Math.max(...sizes) - 1) * CROSS_GAP_VERTICAL;
  }
  const cards = sizes.reduce((total, _, column) => total + cardSize(sizes, column).width, 0);
  const gaps = sizes.reduce(
    (total, _, column) => total + (column > 0 ? minimumColumnGap(sizes, column) : 0),
    0,
  );
  return 2 * MARGIN + cards + gaps;
}

/** Left to right when the network fits the width that way at full size; top to bottom otherwise. */
export function orientationFor(width: number, spec: NetworkSpec): Orientation {
  return width >= minimumWidth(spec, 'horizontal') ? 'horizontal' : 'vertical';
}

/**
 * Lays out the network of `spec` for a drawing `availableWidth` CSS px wide (clamped between the
 * orientation's minimum and maximum): card positions, edges, label boxes and column bands.
 */
export function diagramLayout(
  spec: NetworkSpec,
  orientation: Orientation,
  availableWidth = 0,
): DiagramLayout {
  const horizontal = orientation === 'horizontal';
  const sizes = columnSizes(spec);
  const card = (column: number) => cardSize(sizes, column);
  // the least layout wins over the widest, for networks too big for it
  const width = Math.round(
    Math.max(minimumWidth(spec, orientation), Math.min(MAXIMUM_WIDTH[orientation], availableWidth)),
  );
  // Extents along the main axis (the way the signal flows) and across it.
  const mainHalf = (column: number) => (horizontal ? card(column).width : card(column).height) / 2;
  const crossHalf = (horizontal ? NEURON_CARD.height : NEURON_CARD.width) / 2;
  const point = (main: number, cross: number): Point =>
    horizontal ? { x: main, y: cross } : { x: cross, y: main };
  const widest = Math.max(...sizes);
  const crossGap = horizontal
    ? CROSS_GAP_HORIZONTAL
    : widest > 1
      ? (width - 2 * MARGIN - NEURON_CARD.width) / (widest - 1)
      : 0;
  const span = (widest - 1) * crossGap;
  const crossCenter = horizontal ? MARGIN + CAPTION.horizontal + crossHalf + span / 2 : width / 2;
  const crossOf = (count: number, row: number) => crossCenter + (row - (count - 1) / 2) * crossGap;

  /** Label regions and edges of the weights into `column`, its gap starting at main-axis `start`. */
  const gapEdges = (column: number, start: number, gap: number) => {
    // 1 ≤ column < sizes.length - 1 here, so both columns exist
    const sources = sizes[column - 1]!;
    const targets = sizes[column]!;
    const region = horizontal
      ? {
          x: start + GAP_PADDING,
          y: MARGIN + CAPTION.horizontal,
          width: gap - 2 * GAP_PADDING,
          height: 2 * crossHalf + span,
        }
      : {
          x: MARGIN / 2,
          y: start + GAP_PADDING,
          width: width - MARGIN,
          height: gap - CAPTION.vertical - 2 * GAP_PADDING,
        };
    return Array.from({ length: targets * sources }, (_, level) => {
      const row = Math.floor(level / sources);
      const source = level % sources;
      return {
        ref: { layer: column - 1, kind: 'weight' as const, row, column: source },
        from: point(start, crossOf(sources, source)),
        to: point(start + gap, crossOf(targets, row)),
        region,
      };
    });
  };
  /** Labels stacked one per level down the gap (vertical), which always fits. */
  const stackedGap = (column: number) =>
    CAPTION.vertical + 2 * LEVEL_PADDING + sizes[column]! * sizes[column - 1]! * LEVEL_STEP;
  const stacked = (edges: ReturnType<typeof gapEdges>, start: number): Rect[] =>
    edges.map(({ from, to }, level) => {
      const main = start + LEVEL_PADDING + LABEL.height / 2 + level * LEVEL_STEP;
      const t = (main - from.y) / (to.y - from.y);
      return centeredRect({ x: from.x + (to.x - from.x) * t, y: main }, LABEL);
    });

  // The gap before each column along the main axis.
  const gaps = sizes.map((_, column): number => {
    if (column === 0) return 0;
    if (horizontal) {
      const extra = width - minimumWidth(spec, 'horizontal');
      const layerGaps = sizes.length - 2;
      const share = column === sizes.length - 1 ? 0 : extra / Math.max(1, layerGaps);
      return minimumColumnGap(sizes, column) + share;
    }
    if (column === sizes.length - 1) return LOSS_GAP.vertical;
    const most = stackedGap(column);
    for (let gap = ROW_GAP.minimum; gap < most; gap += ROW_GAP.step) {
      if (placeLabels(gapEdges(column, 0, gap), LABEL)) return gap;
    }
    return most;
  });
  const mains: number[] = [];
  let last = MARGIN + (horizontal ? 0 : CAPTION.vertical) + mainHalf(0);
  for (const column of sizes.keys()) {
    if (column > 0) last = last + mainHalf(column - 1) + gaps[column]! + mainHalf(column);
    mains.push(last);
  }
  const mainEnd = last + mainHalf(sizes.length - 1) + MARGIN;
  const crossEnd = horizontal ? crossCenter + span / 2 + crossHalf + MARGIN : width;

  const nodes = mains.map((main, column) =>
    Array.from({ length: sizes[column]! }, (_, row): NodeLayout => {
      const center = point(main, crossOf(sizes[column]!, row));
      return { column, row, center, box: centeredRect(center, card(column)) };
    }),
  );

  const edges: EdgeLayout[] = [];
  for (let column = 1; column < sizes.length - 1; column++) {
    const start = mains[column - 1]! + mainHalf(column - 1);
    const gap = gaps[column]!;
    const gapped = gapEdges(column, start, gap);
    const labels =
      placeLabels(gapped, LABEL) ??
      (horizontal || gap < stackedGap(column)
        ? placeLabels(gapped, LABEL, true)!
        : stacked(gapped, start));
    gapped.forEach(({ ref, from, to }, index) => {
      edges.push({ ref, from, to, label: labels[index]! });
    });
  }

  /** Where an edge leaves `node` (forward = towards the output) or enters it. */
  const face = (node: NodeLayout, forward: boolean): Point => {
    const offset = (forward ? 1 : -1) * mainHalf(node.column);
    return horizontal
      ? { x: node.center.x + offset, y: node.center.y }
      : { x: node.center.x, y: node.center.y + offset };
  };
  // sizes ends with the outputs and the loss card alone, so both columns exist.
  const lossCard = nodes[nodes.length - 1]![0]!;
  const lossLinks = nodes[nodes.length - 2]!.map((node) => ({
    from: face(node, true),
    to: face(lossCard, false),
  }));

  const layoutWidth = horizontal ? width : crossEnd;
  const height = horizontal ? crossEnd : mainEnd;
  const columns = mains.map((main, column): ColumnLayout => {
    const half = mainHalf(column);
    if (horizontal) {
      const band = {
        x: main - half - 10,
        y: MARGIN / 2,
        width: 2 * half + 20,
        height: height - MARGIN,
      };
      return { column, band, caption: { x: main, y: MARGIN + 14 }, captionAnchor: 'middle' };
    }
    const top = main - half - CAPTION.vertical;
    const band = {
      x: MARGIN / 2,
      y: top,
      width: layoutWidth - MARGIN,
      height: 2 * half + CAPTION.vertical + 8,
    };
    return { column, band, caption: { x: MARGIN, y: top + 20 }, captionAnchor: 'start' };
  });

  return { orientation, width: layoutWidth, height, nodes, edges, lossLinks, columns };
}

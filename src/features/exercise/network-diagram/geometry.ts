import type { NetworkSpec } from '../../../core/types';
import type { ParameterRef } from '../../../core/network/parameter-ref';

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

/** Card sizes in viewBox units: a neuron (its z, a and bias) and a small card (an input, the loss). */
export const NEURON_CARD = { width: 132, height: 116 } as const;
export const SMALL_CARD = { width: 112, height: 56 } as const;
/** A weight's label: sign mark, name = value; gradient arrow and value; new value. */
export const LABEL = { width: 120, height: 52 } as const;
/** Height of one text line inside cards and labels. */
export const LINE = 16;

const MARGIN = 16;
/** Horizontal: two-line column headers above the cards. Vertical: each row's one-line caption above it. */
const CAPTION: Record<Orientation, number> = { horizontal: 44, vertical: 32 };
/** Centre-to-centre distance of neighbouring cards in one column (row when vertical). */
const CROSS_GAP: Record<Orientation, number> = { horizontal: 230, vertical: 152 };
/** Gap between the facing sides of consecutive columns (horizontal). */
const COLUMN_GAP = 212;
/** Vertical: space kept clear above and below the stacked weight labels of a gap. */
const LEVEL_PADDING = 36;
const LEVEL_STEP = LABEL.height + 6;
/** Gap between the output cards and the loss card. */
const LOSS_GAP = 70;
/** Horizontal: a label sits this far before the target card, on its edge. */
const LABEL_OFFSET = 10;

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

const lerp = (from: number, to: number, t: number): number => from + (to - from) * t;

/** The rectangle of `size` centred on `center`. */
export function centeredRect(center: Point, size: { width: number; height: number }): Rect {
  return { x: center.x - size.width / 2, y: center.y - size.height / 2, ...size };
}

/** Lays out the network of `spec`: card positions, edges, label boxes and column bands. */
export function diagramLayout(spec: NetworkSpec, orientation: Orientation): DiagramLayout {
  const horizontal = orientation === 'horizontal';
  const sizes = [spec.inputSize, ...spec.layers.map((layer) => layer.size), 1];
  const card = (column: number) =>
    column === 0 || column === sizes.length - 1 ? SMALL_CARD : NEURON_CARD;
  // Extents along the main axis (the way the signal flows) and across it.
  const mainHalf = (column: number) => (horizontal ? card(column).width : card(column).height) / 2;
  const crossHalf = (horizontal ? NEURON_CARD.height : NEURON_CARD.width) / 2;
  const point = (main: number, cross: number): Point =>
    horizontal ? { x: main, y: cross } : { x: cross, y: main };

  const gapBefore = (column: number): number => {
    if (column === sizes.length - 1) return LOSS_GAP;
    if (horizontal) return COLUMN_GAP;
    // Called for 1 ≤ column < sizes.length only, so both columns exist.
    const edges = sizes[column]! * sizes[column - 1]!;
    return 2 * LEVEL_PADDING + edges * LEVEL_STEP - (LEVEL_STEP - LABEL.height);
  };
  // Each column's card count and the main-axis position of its centre, a gap past the previous;
  // `last` ends at the last column's.
  const axis: { count: number; main: number }[] = [];
  let last = MARGIN + (horizontal ? 0 : CAPTION.vertical) + mainHalf(0);
  for (const [column, count] of sizes.entries()) {
    if (column > 0) last = last + mainHalf(column - 1) + gapBefore(column) + mainHalf(column);
    axis.push({ count, main: last });
  }

  const crossGap = CROSS_GAP[orientation];
  const span = (Math.max(...sizes) - 1) * crossGap;
  const crossCenter = MARGIN + (horizontal ? CAPTION.horizontal : 0) + crossHalf + span / 2;
  const crossEnd = crossCenter + span / 2 + crossHalf + MARGIN;
  const mainEnd = last + mainHalf(sizes.length - 1) + MARGIN;

  const nodes = axis.map(({ count, main }, column) =>
    Array.from({ length: count }, (_, row): NodeLayout => {
      const center = point(main, crossCenter + (row - (count - 1) / 2) * crossGap);
      return { column, row, center, box: centeredRect(center, card(column)) };
    }),
  );

  /** Where an edge leaves `node` (forward = towards the output) or enters it. */
  const face = (node: NodeLayout, forward: boolean): Point => {
    const offset = (forward ? 1 : -1) * mainHalf(node.column);
    return horizontal
      ? { x: node.center.x + offset, y: node.center.y }
      : { x: node.center.x, y: node.center.y + offset };
  };

  const edges: EdgeLayout[] = [];
  spec.layers.forEach((_, index) => {
    // nodes holds the inputs, one column per layer, then the loss: layer `index` reads column
    // `index` and feeds column `index + 1`.
    const sources = nodes[index]!;
    const targets = nodes[index + 1]!;
    targets.forEach((target, row) => {
      sources.forEach((source, column) => {
        const from = face(source, true);
        const to = face(target, false);
        const level = row * sources.length + column;
        const t = horizontal
          ? 1 - (LABEL_OFFSET + LABEL.width / 2) / (to.x - from.x)
          : (LEVEL_PADDING + LABEL.height / 2 + level * LEVEL_STEP) / (to.y - from.y);
        const center = { x: lerp(from.x, to.x, t), y: lerp(from.y, to.y, t) };
        edges.push({
          ref: { layer: index, kind: 'weight', row, column },
          from,
          to,
          label: centeredRect(center, LABEL),
        });
      });
    });
  });

  // sizes ends with the outputs and the loss card alone, so both columns exist.
  const lossCard = nodes[nodes.length - 1]![0]!;
  const lossLinks = nodes[nodes.length - 2]!.map((node) => ({
    from: face(node, true),
    to: face(lossCard, false),
  }));

  const width = horizontal ? mainEnd : crossEnd;
  const height = horizontal ? crossEnd : mainEnd;
  const columns = axis.map(({ main }, column): ColumnLayout => {
    const half = mainHalf(column);
    if (horizontal) {
      const band = {
        x: main - half - 12,
        y: MARGIN / 2,
        width: 2 * half + 24,
        height: height - MARGIN,
      };
      return {
        column,
        band,
        caption: { x: main, y: MARGIN + 14 },
        captionAnchor: 'middle',
      };
    }
    const top = main - half - CAPTION.vertical;
    const band = {
      x: MARGIN / 2,
      y: top,
      width: width - MARGIN,
      height: 2 * half + CAPTION.vertical + 8,
    };
    return { column, band, caption: { x: MARGIN, y: top + 20 }, captionAnchor: 'start' };
  });

  return { orientation, width, height, nodes, edges, lossLinks, columns };
}

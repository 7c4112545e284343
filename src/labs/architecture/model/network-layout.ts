import type { NetworkParameters } from '../../../core/types';

/** Units of the drawing: each column (inputs, hidden layers, output) is COLUMN wide, each row ROW high. */
export const COLUMN = 80;
export const ROW = 46;
/** Side of a neuron's picture. */
export const NODE = 34;
/** |w| at and above which an edge is drawn at its widest. */
export const WEIGHT_FOR_WIDEST = 3;
const THINNEST = 0.5;
const WIDEST = 4;

/** One node of the drawing: column 0 holds the inputs, column l + 1 layer l of the network. */
export interface LayoutNode {
  column: number;
  index: number;
  /** Centre of the node's picture. */
  x: number;
  y: number;
}

/** One weight w_ij, from node j of `column` to node i of column + 1. */
export interface LayoutEdge {
  column: number;
  from: number;
  to: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  weight: number;
  /** THINNEST + (WIDEST − THINNEST)·min(|w|, WEIGHT_FOR_WIDEST)/WEIGHT_FOR_WIDEST. */
  width: number;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

/** Stroke width of an edge for weight w: grows with |w| up to WEIGHT_FOR_WIDEST. */
export function edgeWidth(weight: number): number {
  const share = Math.min(Math.abs(weight), WEIGHT_FOR_WIDEST) / WEIGHT_FOR_WIDEST;
  return THINNEST + (WIDEST - THINNEST) * (Number.isFinite(share) ? share : 1);
}

/**
 * Nodes in columns of `sizes` (inputs, then each layer), each column centred on the tallest, and
 * one edge per weight of `parameters` (weights[i][j] joins node j of a column to node i of the next).
 */
export function networkLayout(
  sizes: readonly number[],
  parameters: NetworkParameters,
): NetworkLayout {
  const tallest = Math.max(1, ...sizes);
  const height = tallest * ROW;
  const nodes: LayoutNode[] = [];
  const position = (column: number, index: number) => ({
    x: (column + 0.5) * COLUMN,
    // a column of n nodes is centred: its first row starts (tallest − n)·ROW/2 down
    y: ((tallest - (sizes[column] ?? 0)) / 2 + index + 0.5) * ROW,
  });
  sizes.forEach((size, column) => {
    for (let index = 0; index < size; index++)
      nodes.push({ column, index, ...position(column, index) });
  });
  const edges: LayoutEdge[] = [];
  parameters.forEach(({ weights }, layer) => {
    weights.forEach((row, to) =>
      row.forEach((weight, from) => {
        const start = position(layer, from);
        const end = position(layer + 1, to);
        edges.push({
          column: layer,
          from,
          to,
          x1: start.x + NODE / 2,
          y1: start.y,
          x2: end.x - NODE / 2,
          y2: end.y,
          weight,
          width: edgeWidth(weight),
        });
      }),
    );
  });
  return { width: sizes.length * COLUMN, height, nodes, edges };
}

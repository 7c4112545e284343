import type { ExpressionGraph } from '../../../core/network/expression-graph';
import { checkTopologicalOrder } from './graph-order';

/** Sizes of the drawing, in SVG user units. */
export const GRAPH_GEOMETRY = {
  boxWidth: 104,
  boxHeight: 54,
  /** Radius of the op circle drawn just left of a computed node's box. */
  opRadius: 13,
  /** Horizontal distance between the left edges of neighbouring columns. */
  columnWidth: 168,
  /** Vertical distance between the tops of neighbouring boxes in one column. */
  rowHeight: 70,
  margin: 12,
} as const;

/** Where one node is drawn: its box's top-left corner, its column and row. */
export interface NodePlacement {
  id: number;
  column: number;
  row: number;
  x: number;
  y: number;
  /** Centre of the op circle (null for leaves and constants, which no op made). */
  op: { x: number; y: number } | null;
}

export interface GraphLayout {
  nodes: NodePlacement[];
  width: number;
  height: number;
}

const isSource = (inputs: readonly number[]): boolean => inputs.length === 0;

/**
 * Columns by depth, left to right: a computed node sits one column after its deepest input; a leaf
 * (parameter or constant) sits just before its earliest user, so it is drawn next to where it is used.
 * Every id and input id is an index of `columns` and `earliestUser` (layoutGraph checked the order).
 */
function columnsOf(graph: ExpressionGraph): number[] {
  const { nodes } = graph;
  const columns = nodes.map(() => 0);
  for (const node of nodes) {
    if (!isSource(node.inputs)) {
      columns[node.id] = 1 + Math.max(...node.inputs.map((input) => columns[input]!));
    }
  }
  const earliestUser = nodes.map(() => Number.POSITIVE_INFINITY);
  for (const node of nodes) {
    for (const input of node.inputs) {
      earliestUser[input] = Math.min(earliestUser[input]!, columns[node.id]!);
    }
  }
  for (const node of nodes) {
    if (isSource(node.inputs) && Number.isFinite(earliestUser[node.id])) {
      columns[node.id] = earliestUser[node.id]! - 1;
    }
  }
  return columns;
}

/** Mean of the numbers, or `fallback` when there are none. */
const mean = (values: number[], fallback: number): number =>
  values.length === 0
    ? fallback
    : values.reduce((total, value) => total + value, 0) / values.length;

/**
 * Rows within each column: start in topological order, then a few barycentre sweeps (each node
 * moves towards the mean row of its neighbours in the column just swept) to reduce crossings.
 * Every id and input id is an index of `rows` and `users` (layoutGraph checked the order), and every
 * column, from columnsOf or bounded by columnCount, an index of `byColumn`.
 */
function rowsOf(graph: ExpressionGraph, columns: number[]): number[] {
  const { nodes } = graph;
  const columnCount = Math.max(...columns) + 1;
  const byColumn: number[][] = Array.from({ length: columnCount }, () => []);
  nodes.forEach((node) => byColumn[columns[node.id]!]!.push(node.id));
  const users: number[][] = nodes.map(() => []);
  nodes.forEach((node) => node.inputs.forEach((input) => users[input]!.push(node.id)));
  const rows = nodes.map(() => 0);
  const place = () => byColumn.forEach((ids) => ids.forEach((id, row) => (rows[id] = row)));
  place();
  const reorder = (column: number, neighbours: (id: number) => number[]) => {
    const keys = new Map(
      byColumn[column]!.map((id) => [
        id,
        mean(
          neighbours(id).map((other) => rows[other]!),
          rows[id]!,
        ),
      ]),
    );
    byColumn[column]!.sort((a, b) => (keys.get(a) as number) - (keys.get(b) as number) || a - b);
    byColumn[column]!.forEach((id, row) => (rows[id] = row));
  };
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let column = columnCount - 2; column >= 0; column--) reorder(column, (id) => users[id]!);
    for (let column = 1; column < columnCount; column++)
      reorder(column, (id) => [...nodes[id]!.inputs]);
  }
  return rows;
}

/**
 * A left-to-right layout of the expression graph as micrograd draws it: one box per node, an op
 * circle before each computed node, columns by depth, each column centred vertically.
 */
export function layoutGraph(graph: ExpressionGraph): GraphLayout {
  const { boxWidth, boxHeight, opRadius, columnWidth, rowHeight, margin } = GRAPH_GEOMETRY;
  if (graph.nodes.length === 0) return { nodes: [], width: 2 * margin, height: 2 * margin };
  checkTopologicalOrder(graph.nodes);
  const columns = columnsOf(graph);
  const rows = rowsOf(graph, columns);
  const counts = new Map<number, number>();
  columns.forEach((column) => counts.set(column, (counts.get(column) ?? 0) + 1));
  const tallest = Math.max(...counts.values());
  const left = margin + 2 * opRadius + 8;
  // columns and rows have one entry per node, and node ids are their positions (checked above)
  const nodes = graph.nodes.map((node): NodePlacement => {
    const column = columns[node.id]!;
    const row = rows[node.id]!;
    const offset = ((tallest - (counts.get(column) as number)) * rowHeight) / 2; // centre the column
    const x = left + column * columnWidth;
    const y = margin + offset + row * rowHeight;
    const op = isSource(node.inputs) ? null : { x: x - opRadius - 8, y: y + boxHeight / 2 };
    return { id: node.id, column, row, x, y, op };
  });
  const columnCount = Math.max(...columns) + 1;
  return {
    nodes,
    width: left + (columnCount - 1) * columnWidth + boxWidth + margin,
    height: 2 * margin + (tallest - 1) * rowHeight + boxHeight,
  };
}

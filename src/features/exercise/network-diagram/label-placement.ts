import type { Point, Rect } from './geometry';

/** An edge whose label is to be placed: its two ends and the region its label must stay in. */
export interface LabelEdge {
  from: Point;
  to: Point;
  /** The label's box must lie inside this (the gap between the two columns' cards). */
  region: Rect;
}

/**
 * Where along an edge a label may sit (0 at the source, 1 at the target): a straight edge's label
 * the middle first; a slanted one's off the middle, where edges of a layer cross.
 */
const CANDIDATES = {
  straight: [0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65, 0.25, 0.75, 0.45, 0.55, 0.2, 0.8],
  slanted: [0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.4, 0.6, 0.2, 0.8, 0.45, 0.55, 0.5],
} as const;
/** Edges slanted less than this share of their length count as straight. */
const STRAIGHT_BELOW = 0.05;
/** Space kept clear between two labels. */
const LABEL_PADDING = 6;

const lerp = (from: number, to: number, t: number): number => from + (to - from) * t;

function overlaps(a: Rect, b: Rect, padding: number): boolean {
  return (
    a.x < b.x + b.width + padding &&
    b.x < a.x + a.width + padding &&
    a.y < b.y + b.height + padding &&
    b.y < a.y + a.height + padding
  );
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Whether the segment from → to passes through `rect` (Liang–Barsky clipping). */
export function segmentCrossesRect(from: Point, to: Point, rect: Rect): boolean {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  let enter = 0;
  let leave = 1;
  const sides: [number, number][] = [
    [-dx, from.x - rect.x],
    [dx, rect.x + rect.width - from.x],
    [-dy, from.y - rect.y],
    [dy, rect.y + rect.height - from.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) enter = Math.max(enter, r);
    else leave = Math.min(leave, r);
    if (enter > leave) return false;
  }
  return true;
}

/** The box of `size` centred on the point at `t` along the edge. */
function boxAt(edge: LabelEdge, t: number, size: { width: number; height: number }): Rect {
  const x = lerp(edge.from.x, edge.to.x, t);
  const y = lerp(edge.from.y, edge.to.y, t);
  return { x: x - size.width / 2, y: y - size.height / 2, ...size };
}

/** The middle of a box shrunk by a few units, so an edge that only grazes a corner does not count. */
function core(rect: Rect): Rect {
  const inset = 4;
  return {
    x: rect.x + inset,
    y: rect.y + inset,
    width: rect.width - 2 * inset,
    height: rect.height - 2 * inset,
  };
}

/**
 * Puts each edge's label on its edge: flattest edges first, each at the first position along it
 * (the middle first) where the label stays inside its region, clear of the labels placed before,
 * with no other edge running behind it. Returns null when some label finds no such position;
 * `crossingsAllowed` then drops the last rule, and a label that still finds none sits where it
 * stays inside its region (its middle when nothing does).
 */
export function placeLabels(
  edges: LabelEdge[],
  size: { width: number; height: number },
  crossingsAllowed = false,
): Rect[] | null {
  // the share of an edge's length that runs across the flow: 0 for a straight one
  const slant = ({ from, to }: LabelEdge) =>
    Math.min(Math.abs(to.x - from.x), Math.abs(to.y - from.y)) /
    Math.hypot(to.x - from.x, to.y - from.y);
  const order = edges
    .map((edge, index) => ({ edge, index, slant: slant(edge) }))
    .sort((a, b) => a.slant - b.slant || a.index - b.index);
  const placed: Rect[] = [];
  const result: Rect[] = new Array<Rect>(edges.length);
  for (const { edge, index, slant } of order) {
    const fits = (box: Rect, strict: boolean) =>
      contains(edge.region, box) &&
      placed.every((other) => !overlaps(box, other, LABEL_PADDING)) &&
      (!strict ||
        edges.every(
          (other, otherIndex) =>
            otherIndex === index || !segmentCrossesRect(other.from, other.to, core(box)),
        ));
    const boxes = CANDIDATES[slant < STRAIGHT_BELOW ? 'straight' : 'slanted'].map((t) =>
      boxAt(edge, t, size),
    );
    let box = boxes.find((candidate) => fits(candidate, !crossingsAllowed));
    if (!box) {
      if (!crossingsAllowed) return null;
      box = boxes.find((candidate) => contains(edge.region, candidate)) ?? boxAt(edge, 0.5, size);
    }
    placed.push(box);
    result[index] = box;
  }
  return result;
}

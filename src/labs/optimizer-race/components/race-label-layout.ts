/** Where each optimizer's name goes beside its path's head, no two names overlapping. */

/** A name's box in SVG user units: top-left corner, width and height. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A name placed: its text's anchor point (x, baseline y), its anchor side and its box. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: LabelBox;
}

/** One name to place: its path's head, its text, and the side it prefers (±1 on each axis). */
export interface LabelRequest {
  head: { x: number; y: number };
  text: string;
  prefer: { dx: -1 | 1; dy: -1 | 1 };
}

/** Bold 12 px text: an upper bound on a character's advance and the line box, halo included. */
const CHAR_WIDTH = 8.5;
const HALO = 2;
const ASCENT = 11;
const DESCENT = 4;
/** The gap between a head and its name, and how far apart the tried rows are. */
const GAP = 8;
const ROW = ASCENT + DESCENT + 2 * HALO + 2;
const MAX_ROWS = 12;

/** The box text of `length` characters takes when anchored at (x, baseline y). */
export function labelBox(
  x: number,
  y: number,
  anchor: 'start' | 'middle' | 'end',
  length: number,
): LabelBox {
  const width = length * CHAR_WIDTH + 2 * HALO;
  const left = { start: x - HALO, middle: x - width / 2, end: x - width + HALO }[anchor];
  return {
    x: left,
    y: y - ASCENT - HALO,
    width,
    height: ASCENT + DESCENT + 2 * HALO,
  };
}

/** True when two boxes share more than an edge. */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Places the names in order: each takes the first spot, nearest its preferred corner first, whose
 * box overlaps no name placed before it and none of `obstacles` (other text in the plot). Spots step one row at a time away from the head, on the
 * preferred side, then the other, so a free one is always found within MAX_ROWS rows.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly LabelBox[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const { head, text, prefer } of requests) {
    const candidates: PlacedLabel[] = [];
    for (let row = 0; row < MAX_ROWS; row++) {
      for (const dx of [prefer.dx, -prefer.dx]) {
        for (const dy of [prefer.dy, -prefer.dy]) {
          const anchor = dx < 0 ? 'end' : 'start';
          const x = head.x + dx * GAP;
          // row 0 sits just above (dy −1) or just below (dy 1) the head, later rows further out
          const y = dy < 0 ? head.y - GAP - row * ROW : head.y + GAP + ASCENT + row * ROW;
          candidates.push({ x, y, anchor, box: labelBox(x, y, anchor, text.length) });
        }
      }
    }
    const taken = [...obstacles, ...placed.map((label) => label.box)];
    const free = candidates.find((candidate) =>
      taken.every((box) => !boxesOverlap(candidate.box, box)),
    );
    // more names than MAX_ROWS × 4 spots around one head never happens with four optimizers
    placed.push(free ?? candidates[0]!);
  }
  return placed;
}

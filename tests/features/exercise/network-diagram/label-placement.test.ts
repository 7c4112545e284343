// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  placeLabels,
  segmentCrossesRect,
} from '../../../../src/features/exercise/network-diagram/label-placement';

const box = { x: 10, y: 10, width: 20, height: 10 };

describe('segmentCrossesRect', () => {
  it('tells a segment through the box from one beside it, above it or stopping short', () => {
    expect(segmentCrossesRect({ x: 0, y: 15 }, { x: 40, y: 15 }, box)).toBe(true);
    expect(segmentCrossesRect({ x: 0, y: 0 }, { x: 40, y: 30 }, box)).toBe(true);
    expect(segmentCrossesRect({ x: 0, y: 5 }, { x: 40, y: 5 }, box)).toBe(false);
    expect(segmentCrossesRect({ x: 0, y: 15 }, { x: 8, y: 15 }, box)).toBe(false);
    expect(segmentCrossesRect({ x: 35, y: 0 }, { x: 35, y: 30 }, box)).toBe(false);
  });
});

describe('placeLabels', () => {
  const region = { x: 0, y: -200, width: 300, height: 400 };
  const size = { width: 60, height: 20 };
  const centre = (rect: { x: number; y: number; width: number; height: number }) => ({
    x: rect.x + rect.width / 2,
    y: rect.y + rect.height / 2,
  });

  it('keeps two crossing edges’ labels off the crossing, each on its own edge', () => {
    const edges = [
      { from: { x: 0, y: -100 }, to: { x: 300, y: 100 }, region },
      { from: { x: 0, y: 100 }, to: { x: 300, y: -100 }, region },
    ];
    const labels = placeLabels(edges, size);
    expect(labels).not.toBeNull();
    labels!.forEach((label, index) => {
      const { from, to } = edges[index]!;
      const { x, y } = centre(label);
      // on its edge: the point at x along from → to
      expect(y).toBeCloseTo(from.y + ((to.y - from.y) * (x - from.x)) / (to.x - from.x), 9);
      // no other edge runs behind it
      const other = edges[1 - index]!;
      expect(segmentCrossesRect(other.from, other.to, label)).toBe(false);
    });
  });

  it('gives up (null) when no position keeps labels apart, unless crossings are allowed', () => {
    const tight = { x: 0, y: -15, width: 64, height: 30 };
    const edges = [
      { from: { x: 0, y: 0 }, to: { x: 64, y: 0 }, region: tight },
      { from: { x: 0, y: 1 }, to: { x: 64, y: 1 }, region: tight },
    ];
    expect(placeLabels(edges, size)).toBeNull();
    expect(placeLabels(edges, size, true)).toHaveLength(2);
  });
});

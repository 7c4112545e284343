import { describe, expect, it } from 'vitest';
import {
  appendLosses,
  createLossHistory,
  downsample,
} from '../../../src/core/exercise/loss-history';

/** A history of `count` consecutive iterations from 0 whose loss at iteration t is 1000 − t. */
function linearHistory(count: number) {
  return appendLosses(
    createLossHistory(4096),
    0,
    Array.from({ length: count }, (_, t) => 1000 - t),
  );
}

const iterationsOf = (points: { iteration: number }[]) => points.map((point) => point.iteration);

describe('loss history compaction', () => {
  it('keeps each loss with its own iteration when it halves', () => {
    let history = createLossHistory(8);
    history = appendLosses(
      history,
      0,
      Array.from({ length: 40 }, (_, t) => 1000 - t),
    );
    expect(history.stride).toBeGreaterThan(1);
    expect(history.losses).toHaveLength(history.iterations.length);
    history.iterations.forEach((iteration, index) => {
      // every point lies on the stride but the latest, which is kept whatever its iteration
      if (index < history.iterations.length - 1) expect(iteration % history.stride).toBe(0);
      expect(history.losses[index]).toBe(1000 - iteration);
    });
    expect(history.iterations.at(-1)).toBe(39);
  });

  it('always ends at the latest iteration appended, one at a time or in runs', () => {
    const capacity = 8;
    let oneByOne = createLossHistory(capacity);
    let inRuns = createLossHistory(capacity);
    for (let iteration = 0; iteration < 300; iteration++) {
      oneByOne = appendLosses(oneByOne, iteration, [1000 - iteration]);
      expect(oneByOne.iterations.at(-1)).toBe(iteration);
      expect(oneByOne.losses.at(-1)).toBe(1000 - iteration);
      expect(oneByOne.iterations.length).toBeLessThan(capacity);
      // an off-stride latest point is replaced, not accumulated: the rest stays on the stride
      oneByOne.iterations.slice(0, -1).forEach((recorded) => {
        expect(recorded % oneByOne.stride).toBe(0);
      });
    }
    for (let first = 0; first < 300; first += 7) {
      const run = Array.from({ length: Math.min(7, 300 - first) }, (_, at) => 1000 - first - at);
      inRuns = appendLosses(inRuns, first, run);
      expect(inRuns.iterations.at(-1)).toBe(first + run.length - 1);
    }
    expect(inRuns).toEqual(oneByOne);
  });

  it('keeps the latest finite loss when the newest is not finite', () => {
    const history = appendLosses(createLossHistory(4), 0, [5, 4, 3, 2, 1, Number.NaN]);
    expect(history.iterations.at(-1)).toBe(4);
    expect(history.losses.at(-1)).toBe(1);
  });
});

describe('downsample', () => {
  it('is empty for an empty history', () => {
    expect(downsample(createLossHistory(8), 5)).toEqual([]);
  });

  it('takes every ⌈count/maximum⌉-th point and then the latest', () => {
    // 10 points, at most 5: step 2 gives 0, 2, 4, 6, 8; the latest (9) replaces the last of them
    expect(iterationsOf(downsample(linearHistory(10), 5))).toEqual([0, 2, 4, 6, 9]);
    // 8 points, at most 5: step 2 gives 0, 2, 4, 6, and there is room for the latest (7)
    const eight = downsample(linearHistory(8), 5);
    expect(iterationsOf(eight)).toEqual([0, 2, 4, 6, 7]);
    expect(eight.map((point) => point.loss)).toEqual([1000, 998, 996, 994, 993]);
    // 7 points, at most 5: step 2 already ends on the latest (6); it is not repeated
    expect(iterationsOf(downsample(linearHistory(7), 5))).toEqual([0, 2, 4, 6]);
    // 30 points, at most 4: step 8 gives 0, 8, 16, 24, the latest 29 replaces 24
    expect(iterationsOf(downsample(linearHistory(30), 4))).toEqual([0, 8, 16, 29]);
  });

  it('returns every point when they fit', () => {
    expect(iterationsOf(downsample(linearHistory(4), 10))).toEqual([0, 1, 2, 3]);
    expect(iterationsOf(downsample(linearHistory(1), 3))).toEqual([0]);
  });
});

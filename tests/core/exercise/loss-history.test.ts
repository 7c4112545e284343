import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendLosses,
  createLossHistory,
  downsample,
} from '../../../src/core/exercise/loss-history';

describe('the loss history', () => {
  it('keeps every point while under capacity, and skips non-finite losses', () => {
    const history = appendLosses(createLossHistory(8), 0, [3, 2, Number.NaN, 1]);
    expect(history.iterations).toEqual([0, 1, 3]);
    expect(history.losses).toEqual([3, 2, 1]);
  });

  it('stays within its capacity over a million iterations, sampling the whole run evenly', () => {
    let history = createLossHistory(64);
    const chunk = new Float64Array(10_000).fill(1);
    for (let first = 0; first < 1_000_000; first += chunk.length) {
      history = appendLosses(history, first, chunk);
      expect(history.iterations.length).toBeLessThan(64);
    }
    expect(history.stride).toBeGreaterThan(1);
    expect(history.iterations[0]).toBe(0);
    // the latest iteration is always kept; the points before it are evenly spaced by the stride
    expect(history.iterations.at(-1)).toBe(1_000_000 - 1);
    const sampled = history.iterations.slice(0, -1);
    const gaps = sampled.slice(1).map((iteration, index) => iteration - sampled[index]!);
    expect(new Set(gaps)).toEqual(new Set([history.stride]));
    expect(history.iterations.at(-1)! - sampled.at(-1)!).toBeLessThanOrEqual(history.stride);
  });

  it('does not modify the history it is given', () => {
    const history = appendLosses(createLossHistory(4), 0, [1, 2]);
    const copy = structuredClone(history);
    appendLosses(history, 2, [3, 4, 5]);
    expect(history).toEqual(copy);
  });

  it('downsamples to at most the maximum, keeping the first and the latest point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 2, max: 1000 }),
        (count, maximum) => {
          const losses = Array.from({ length: count }, (_, index) => 1 / (index + 1));
          const history = appendLosses(createLossHistory(4096), 0, losses);
          const points = downsample(history, maximum);
          expect(points.length).toBeLessThanOrEqual(maximum);
          expect(points[0]).toEqual({ iteration: 0, loss: 1 });
          expect(points.at(-1)).toEqual({ iteration: count - 1, loss: 1 / count });
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

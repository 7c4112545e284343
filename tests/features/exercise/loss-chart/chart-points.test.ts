import { describe, expect, it } from 'vitest';
import {
  CHART_POINT_LIMIT,
  chartPoints,
  iterationDomain,
  lossDomain,
  logAxis,
  logScaleFor,
  AUTO_LOG_AFTER,
  lossSummary,
  recentPoints,
} from '../../../../src/features/exercise/loss-chart/chart-points';
import {
  appendLosses,
  createLossHistory,
  type LossHistory,
} from '../../../../src/core/exercise/loss-history';

/** A history holding exactly these points, finite or not (appendLosses would drop the non-finite). */
const historyOf = (losses: number[], firstIteration = 0): LossHistory => ({
  stride: 1,
  capacity: 4096,
  iterations: losses.map((_, index) => firstIteration + index),
  losses,
});

describe('chartPoints', () => {
  it('never hands the chart more than the limit, and keeps the latest point', () => {
    const losses = Array.from({ length: 4000 }, (_, index) => 1 / (index + 1));
    const history = appendLosses(createLossHistory(4096), 0, losses);
    expect(history.iterations).toHaveLength(4000);
    const { points } = chartPoints(history, CHART_POINT_LIMIT, false);
    expect(points.length).toBeLessThanOrEqual(CHART_POINT_LIMIT);
    expect(points.length).toBeGreaterThan(CHART_POINT_LIMIT / 2);
    expect(points[points.length - 1]).toEqual({ iteration: 3999, loss: losses[3999] });
  });

  it('drops every non-finite value', () => {
    const history = historyOf([
      0.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      0.25,
      Number.NEGATIVE_INFINITY,
    ]);
    expect(chartPoints(history, CHART_POINT_LIMIT, false)).toEqual({
      points: [
        { iteration: 0, loss: 0.5 },
        { iteration: 3, loss: 0.25 },
      ],
      omitted: 0,
    });
  });

  it('lets only positive losses reach a log axis, and counts the rest', () => {
    const history = historyOf([0.5, 0, Number.NaN, 0.25, -0]);
    expect(chartPoints(history, CHART_POINT_LIMIT, true)).toEqual({
      points: [
        { iteration: 0, loss: 0.5 },
        { iteration: 3, loss: 0.25 },
      ],
      omitted: 2,
    });
    expect(chartPoints(history, CHART_POINT_LIMIT, false).points).toHaveLength(4);
  });

  it('gives nothing for an empty history', () => {
    expect(chartPoints(createLossHistory(), CHART_POINT_LIMIT, true)).toEqual({
      points: [],
      omitted: 0,
    });
  });
});

describe('recentPoints', () => {
  it('lists the last finite losses, oldest first', () => {
    const history = historyOf([0.9, 0.8, 0.7, Number.NaN, 0.5, 0.4], 10);
    expect(recentPoints(history, 3)).toEqual([
      { iteration: 12, loss: 0.7 },
      { iteration: 14, loss: 0.5 },
      { iteration: 15, loss: 0.4 },
    ]);
    expect(recentPoints(history, 100)).toHaveLength(5);
  });
});

describe('axis domains', () => {
  it('lets the iteration axis grow with the data', () => {
    expect(iterationDomain([])).toEqual([0, 1]);
    expect(iterationDomain([{ iteration: 0, loss: 1 }])).toEqual([0, 1]);
    expect(
      iterationDomain([
        { iteration: 0, loss: 1 },
        { iteration: 250, loss: 0.5 },
      ]),
    ).toEqual([0, 250]);
  });

  it('starts a linear loss axis at 0 and spans a log axis from the smallest to the largest loss', () => {
    const points = [
      { iteration: 0, loss: 0.2 },
      { iteration: 1, loss: 0.002 },
    ];
    expect(lossDomain(points, false)).toEqual([0, 'auto']);
    expect(lossDomain(points, true)).toEqual([0.002, 0.2]);
  });

  it('widens a log axis around a single loss value, since a log axis needs a positive span', () => {
    const [low, high] = lossDomain([{ iteration: 0, loss: 0.5 }], true);
    expect(low).toBeGreaterThan(0);
    expect(low).toBeLessThan(0.5);
    expect(high).toBeGreaterThan(0.5);
  });
});

describe('lossSummary', () => {
  it('gives the iterations spanned and the first and last finite losses', () => {
    expect(lossSummary(historyOf([Number.NaN, 0.8, 0.6, 0.3, Number.NaN], 5))).toEqual({
      iterations: 3,
      first: 0.8,
      last: 0.3,
    });
  });

  it('is null before any loss is recorded', () => {
    expect(lossSummary(createLossHistory())).toBeNull();
    expect(lossSummary(historyOf([Number.NaN]))).toBeNull();
  });
});

describe('logAxis', () => {
  it('widens the span out to round 1, 2, 5 steps, each tick a step inside it', () => {
    expect(logAxis(0.0031, 0.47)).toEqual({
      domain: [0.002, 0.5],
      ticks: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5],
    });
    expect(logAxis(0.21, 0.26)).toEqual({ domain: [0.2, 0.5], ticks: [0.2, 0.5] });
  });

  it('keeps only the powers of ten when the curve spans more than two decades', () => {
    expect(logAxis(3e-6, 0.7)).toEqual({
      domain: [2e-6, 1],
      ticks: [1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1],
    });
  });

  it('puts every loss inside the domain', () => {
    for (const [smallest, largest] of [
      [1e-9, 1e-9],
      [0.123, 9.87],
      [5, 5],
      [7.898e-4, 0.25],
    ] as const) {
      const { domain, ticks } = logAxis(smallest, largest);
      expect(domain[0]).toBeLessThanOrEqual(smallest);
      expect(domain[1]).toBeGreaterThanOrEqual(largest);
      expect(domain[0]).toBeLessThan(domain[1]);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      for (const tick of ticks) {
        expect(tick).toBeGreaterThanOrEqual(domain[0]);
        expect(tick).toBeLessThanOrEqual(domain[1]);
      }
    }
  });
});

describe('logScaleFor', () => {
  it('turns logarithmic after AUTO_LOG_AFTER recorded points unless the learner chose', () => {
    expect(logScaleFor(null, AUTO_LOG_AFTER)).toBe(false);
    expect(logScaleFor(null, AUTO_LOG_AFTER + 1)).toBe(true);
    expect(logScaleFor(false, 5000)).toBe(false);
    expect(logScaleFor(true, 1)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/core/errors';
import {
  compareSchedules,
  DEFAULT_SCHEDULE_SETTINGS,
  lowestFinalLoss,
  runSchedule,
  scheduleConfig,
  type ScheduleSettings,
} from '../../../../src/labs/schedules/model/schedule-comparison';
import { learningRateAt, SCHEDULES } from '../../../../src/core/training/schedules';

const settings: ScheduleSettings = { ...DEFAULT_SCHEDULE_SETTINGS, steps: 60 };

describe('schedule comparison', () => {
  it('records η(t) = learningRateAt(schedule, η₀, t) for every update', () => {
    for (const run of compareSchedules(settings)) {
      const schedule = scheduleConfig(run.name, settings);
      expect(run.rates).toHaveLength(settings.steps);
      run.rates.forEach((rate, step) =>
        expect(rate).toBe(learningRateAt(schedule, settings.baseRate, step)),
      );
    }
  });

  it('follows each formula by hand: step, exponential and cosine', () => {
    const custom: ScheduleSettings = {
      ...settings,
      baseRate: 2,
      step: { factor: 0.5, interval: 20 },
      exponential: { rate: 0.05 },
      cosine: { minimum: 0.1, period: 40 },
    };
    const [constant, step, exponential, cosine] = compareSchedules(custom);
    expect(constant!.rates.every((rate) => rate === 2)).toBe(true);
    expect(step!.rates[19]).toBe(2);
    expect(step!.rates[20]).toBe(1);
    expect(step!.rates[45]).toBe(0.5);
    expect(exponential!.rates[10]).toBeCloseTo(2 * Math.exp(-0.5), 12);
    expect(cosine!.rates[0]).toBeCloseTo(2, 12);
    expect(cosine!.rates[20]).toBeCloseTo(0.1 + 0.5 * 1.9, 12);
    expect(cosine!.rates[40]).toBeCloseTo(0.1, 12);
    expect(cosine!.rates[59]).toBeCloseTo(0.1, 12);
  });

  it('starts every schedule from the same weights: the same first loss, then they part', () => {
    const runs = compareSchedules(settings);
    expect(runs.map((run) => run.name)).toEqual(SCHEDULES);
    for (const run of runs) {
      expect(run.losses).toHaveLength(settings.steps + 1);
      expect(run.losses[0]).toBe(runs[0]!.losses[0]);
    }
    // the constant and the cosine schedule use the same η at t = 0, so the first update agrees too
    expect(runs[3]!.losses[1]).toBeCloseTo(runs[0]!.losses[1]!, 12);
    expect(runs[3]!.losses.at(-1)).not.toBe(runs[0]!.losses.at(-1));
  });

  it('changing a schedule parameter changes that run, and only that one', () => {
    const before = compareSchedules(settings);
    const after = compareSchedules({ ...settings, exponential: { rate: 0.05 } });
    expect(after[2]!.losses.at(-1)).not.toBe(before[2]!.losses.at(-1));
    expect(after[0]!.losses).toEqual(before[0]!.losses);
    expect(after[1]!.losses).toEqual(before[1]!.losses);
  });

  it('is repeatable and finds the lowest final loss', () => {
    const runs = compareSchedules(settings);
    expect(compareSchedules(settings)).toEqual(runs);
    const best = lowestFinalLoss(runs);
    for (const run of runs) expect(best.losses.at(-1)!).toBeLessThanOrEqual(run.losses.at(-1)!);
  });

  it('rejects invalid settings', () => {
    expect(() => runSchedule({ name: 'constant' }, { ...settings, baseRate: 0 })).toThrow(
      ConfigurationError,
    );
    expect(() => runSchedule({ name: 'constant' }, { ...settings, steps: 0 })).toThrow(
      ConfigurationError,
    );
    expect(() => runSchedule({ name: 'step', factor: 2, interval: 10 }, settings)).toThrow(
      ConfigurationError,
    );
    expect(() => runSchedule({ name: 'cosine', minimum: 0, period: 0 }, settings)).toThrow(
      ConfigurationError,
    );
  });
});

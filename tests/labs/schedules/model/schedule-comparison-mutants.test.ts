import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  lowestFinalLoss,
  runSchedule,
  SCHEDULE_NETWORK,
  scheduleConfig,
  type ScheduleRun,
} from '../../../../src/labs/schedules/model/schedule-comparison';
import {
  learningRateAt,
  SCHEDULES,
  validateSchedule,
} from '../../../../src/core/training/schedules';
import { fieldOf } from '../../../core/configuration-field';

/** The field named by the ConfigurationError that `attempt` throws. */
describe('schedule comparison edges', () => {
  it('uses the documented 2–6–1 net: tanh hidden layer, sigmoid output, binary cross-entropy', () => {
    expect(SCHEDULE_NETWORK).toEqual({
      inputSize: 2,
      layers: [
        { size: 6, activation: 'tanh' },
        { size: 1, activation: 'sigmoid' },
      ],
      loss: 'binaryCrossEntropy',
    });
  });

  it('builds a constant schedule with no parameters', () => {
    expect(scheduleConfig('constant', DEFAULT_SCHEDULE_SETTINGS)).toEqual({ name: 'constant' });
  });

  it('has valid defaults for every schedule, each with its own parameters', () => {
    const { baseRate, steps } = DEFAULT_SCHEDULE_SETTINGS;
    expect(Number.isFinite(baseRate) && baseRate > 0).toBe(true);
    expect(Number.isInteger(steps) && steps >= 1).toBe(true);
    for (const name of SCHEDULES) {
      const config = scheduleConfig(name, DEFAULT_SCHEDULE_SETTINGS);
      expect(() => validateSchedule(config)).not.toThrow();
    }
    // every non-constant default has lowered η below η₀ by the last update
    for (const name of ['step', 'exponential', 'cosine'] as const) {
      const config = scheduleConfig(name, DEFAULT_SCHEDULE_SETTINGS);
      expect(learningRateAt(config, baseRate, steps - 1)).toBeLessThan(baseRate);
    }
  });

  it('accepts a single step: one rate η₀, and the loss before and after it', () => {
    const run = runSchedule({ name: 'constant' }, { ...DEFAULT_SCHEDULE_SETTINGS, steps: 1 });
    expect(run.rates).toEqual([DEFAULT_SCHEDULE_SETTINGS.baseRate]);
    expect(run.losses).toHaveLength(2);
  });

  it('names the offending field of an invalid base rate or length', () => {
    const constant = { name: 'constant' } as const;
    expect(
      fieldOf(() => runSchedule(constant, { ...DEFAULT_SCHEDULE_SETTINGS, baseRate: 0 })),
    ).toBe('baseRate');
    expect(fieldOf(() => runSchedule(constant, { ...DEFAULT_SCHEDULE_SETTINGS, steps: 0 }))).toBe(
      'steps',
    );
  });

  it('keeps the first run on a tie for the lowest final loss', () => {
    const run = (name: ScheduleRun['name'], last: number): ScheduleRun => ({
      name,
      rates: [1],
      losses: [2, last],
    });
    const first = run('constant', 0.5);
    const tied = run('step', 0.5);
    expect(lowestFinalLoss([first, tied])).toBe(first);
    expect(lowestFinalLoss([run('cosine', 0.7), first, tied])).toBe(first);
  });
});

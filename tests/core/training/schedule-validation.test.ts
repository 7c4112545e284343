import { describe, expect, it } from 'vitest';
import { validateSchedule } from '../../../src/core/training/schedules';
import type { ScheduleConfig } from '../../../src/core/training/schedules';

const rejects = (schedule: unknown, field: string, message: RegExp) =>
  expect(() => validateSchedule(schedule as ScheduleConfig)).toThrow(
    expect.objectContaining({
      name: 'ConfigurationError',
      field,
      message: expect.stringMatching(message),
    }),
  );

describe('validateSchedule edges', () => {
  it('accepts the boundary values', () => {
    const valid: ScheduleConfig[] = [
      { name: 'constant' },
      { name: 'step', factor: 1, interval: 1 },
      { name: 'step', factor: 1e-9, interval: 1000 },
      { name: 'exponential', rate: 0 },
      { name: 'cosine', minimum: 0, period: 1 },
    ];
    for (const schedule of valid) expect(() => validateSchedule(schedule)).not.toThrow();
  });

  it('rejects a step factor outside (0, 1]', () => {
    for (const factor of [0, -0.5, 1.5, Number.NaN]) {
      rejects({ name: 'step', factor, interval: 2 }, 'schedule.factor', /\(0, 1\]/);
    }
  });

  it('rejects a step interval or cosine period that is not an integer ≥ 1', () => {
    for (const interval of [0, 2.5, -3]) {
      rejects({ name: 'step', factor: 0.5, interval }, 'schedule.interval', /integer ≥ 1/);
    }
    for (const period of [0, 1.5, -1]) {
      rejects({ name: 'cosine', minimum: 0, period }, 'schedule.period', /integer ≥ 1/);
    }
  });

  it('rejects a negative or non-finite rate and minimum', () => {
    rejects({ name: 'exponential', rate: Infinity }, 'schedule.rate', /finite number ≥ 0/);
    rejects(
      { name: 'cosine', minimum: Number.NaN, period: 3 },
      'schedule.minimum',
      /finite number ≥ 0/,
    );
  });

  it('names an unknown or missing schedule', () => {
    rejects({ name: 'warmup' }, 'schedule', /unknown schedule 'warmup'/);
    rejects(undefined, 'schedule', /unknown schedule 'undefined'/);
  });
});

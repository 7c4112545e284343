import { describe, expect, it } from 'vitest';
import { learningRateAt, validateSchedule } from '../../../src/core/training/schedules';
import type { ScheduleConfig } from '../../../src/core/training/schedules';

const base = 0.4;

describe('learning-rate schedules', () => {
  it('constant: η(t) = η₀', () => {
    for (const t of [0, 1, 17, 10_000])
      expect(learningRateAt({ name: 'constant' }, base, t)).toBe(base);
  });

  it('step decay: η₀·γ^⌊t/k⌋', () => {
    const schedule: ScheduleConfig = { name: 'step', factor: 0.5, interval: 10 };
    const expected: [number, number][] = [
      [0, base],
      [9, base],
      [10, base * 0.5],
      [25, base * 0.25],
      [30, base * 0.125],
    ];
    for (const [t, rate] of expected)
      expect(learningRateAt(schedule, base, t)).toBeCloseTo(rate, 15);
  });

  it('exponential decay: η₀·e^(−k·t)', () => {
    const schedule: ScheduleConfig = { name: 'exponential', rate: 0.01 };
    for (const t of [0, 1, 50, 300]) {
      expect(learningRateAt(schedule, base, t)).toBeCloseTo(base * Math.exp(-0.01 * t), 15);
    }
    // half-life: η(ln 2 / k) = η₀/2
    expect(learningRateAt(schedule, base, Math.log(2) / 0.01)).toBeCloseTo(base / 2, 15);
  });

  it('cosine annealing: η_min + ½(η₀ − η_min)(1 + cos(π·min(t,T)/T))', () => {
    const schedule: ScheduleConfig = { name: 'cosine', minimum: 0.01, period: 100 };
    expect(learningRateAt(schedule, base, 0)).toBeCloseTo(base, 15);
    expect(learningRateAt(schedule, base, 50)).toBeCloseTo((base + 0.01) / 2, 15);
    expect(learningRateAt(schedule, base, 25)).toBeCloseTo(
      0.01 + 0.5 * (base - 0.01) * (1 + Math.SQRT1_2),
      15,
    );
    expect(learningRateAt(schedule, base, 100)).toBeCloseTo(0.01, 15);
    expect(learningRateAt(schedule, base, 250)).toBeCloseTo(0.01, 15);
  });

  it('rejects bad schedule parameters, naming the field', () => {
    const cases: [unknown, string][] = [
      [{ name: 'warmup' }, 'schedule'],
      [{ name: 'step', factor: 0, interval: 5 }, 'schedule.factor'],
      [{ name: 'step', factor: 0.5, interval: 0 }, 'schedule.interval'],
      [{ name: 'exponential', rate: -1 }, 'schedule.rate'],
      [{ name: 'cosine', minimum: -0.1, period: 10 }, 'schedule.minimum'],
      [{ name: 'cosine', minimum: 0, period: 2.5 }, 'schedule.period'],
    ];
    for (const [schedule, field] of cases) {
      expect(() => validateSchedule(schedule as ScheduleConfig)).toThrow(
        expect.objectContaining({ field }),
      );
    }
  });
});

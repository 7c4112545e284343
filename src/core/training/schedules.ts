import { ConfigurationError } from '../errors';

/** How the learning rate η changes with the step count t = 0, 1, 2, … (η₀ is the base rate). */
export type ScheduleConfig =
  | { name: 'constant' }
  /** Step decay: η₀·γ^⌊t/k⌋ with γ = `factor`, k = `interval`. */
  | { name: 'step'; factor: number; interval: number }
  /** Exponential decay: η₀·e^(−k·t) with k = `rate` (not η₀·γ^t; γ = e^(−k) gives the same curve). */
  | { name: 'exponential'; rate: number }
  /** Cosine annealing: η_min + ½(η₀ − η_min)(1 + cos(π·min(t, T)/T)) with η_min = `minimum`, T = `period`. */
  | { name: 'cosine'; minimum: number; period: number };

export type ScheduleName = ScheduleConfig['name'];
export const SCHEDULES: readonly ScheduleName[] = ['constant', 'step', 'exponential', 'cosine'];

/** The learning rate for step t (counted from 0) under the schedule, from the base rate η₀. */
export function learningRateAt(schedule: ScheduleConfig, baseRate: number, step: number): number {
  switch (schedule.name) {
    case 'constant':
      return baseRate;
    case 'step':
      return baseRate * Math.pow(schedule.factor, Math.floor(step / schedule.interval));
    case 'exponential':
      return baseRate * Math.exp(-schedule.rate * step);
    case 'cosine': {
      const progress = Math.min(step, schedule.period) / schedule.period;
      return (
        schedule.minimum + 0.5 * (baseRate - schedule.minimum) * (1 + Math.cos(Math.PI * progress))
      );
    }
  }
}

function requireFinite(field: string, value: number, low: number, message: string): void {
  if (!Number.isFinite(value) || value < low) throw new ConfigurationError(field, message);
}

/**
 * Checks a schedule's parameters: step factor in (0, 1] and a positive integer interval,
 * exponential rate ≥ 0, cosine minimum ≥ 0 and a positive period. Throws ConfigurationError.
 */
export function validateSchedule(schedule: ScheduleConfig): void {
  switch (schedule?.name) {
    case 'constant':
      return;
    case 'step':
      if (!(schedule.factor > 0 && schedule.factor <= 1)) {
        throw new ConfigurationError('schedule.factor', 'must be in (0, 1]');
      }
      if (!Number.isInteger(schedule.interval) || schedule.interval < 1) {
        throw new ConfigurationError('schedule.interval', 'must be an integer ≥ 1');
      }
      return;
    case 'exponential':
      requireFinite('schedule.rate', schedule.rate, 0, 'must be a finite number ≥ 0');
      return;
    case 'cosine':
      requireFinite('schedule.minimum', schedule.minimum, 0, 'must be a finite number ≥ 0');
      if (!Number.isInteger(schedule.period) || schedule.period < 1) {
        throw new ConfigurationError('schedule.period', 'must be an integer ≥ 1');
      }
      return;
    default:
      throw new ConfigurationError(
        'schedule',
        `unknown schedule '${String((schedule as { name?: unknown } | undefined)?.name)}'`,
      );
  }
}

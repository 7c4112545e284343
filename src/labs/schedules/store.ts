import { create } from 'zustand';
import {
  compareSchedules,
  DEFAULT_SCHEDULE_SETTINGS,
  runSchedule,
  scheduleConfig,
  type ScheduleRun,
  type ScheduleSettings,
} from './model/schedule-comparison';
import { ConfigurationError } from '../../core/errors';
import type { ScheduleName } from '../../core/training/schedules';

/** A setting of the comparison a field can change. */
export type ScheduleField =
  'baseRate' | 'stepFactor' | 'stepInterval' | 'exponentialRate' | 'cosineMinimum' | 'cosinePeriod';

/**
 * The learning-rate schedules compared from one start, in a store of their own that loads with the
 * section; the runs are recomputed on each change.
 */
export interface SchedulesState {
  settings: ScheduleSettings;
  /** One run per schedule (constant, step, exponential, cosine), null until first drawn. */
  runs: ScheduleRun[] | null;
  /** The field whose last value was refused (kept at its previous value), or null. */
  invalid: ScheduleField | null;
  ensure: () => void;
  set: (field: ScheduleField, value: number) => void;
  reset: () => void;
}

/** The one schedule a field belongs to (η₀ belongs to all of them). */
const SCHEDULE_OF_FIELD: Record<ScheduleField, ScheduleName | null> = {
  baseRate: null,
  stepFactor: 'step',
  stepInterval: 'step',
  exponentialRate: 'exponential',
  cosineMinimum: 'cosine',
  cosinePeriod: 'cosine',
};

/** The settings with one field replaced. */
function withField(
  settings: ScheduleSettings,
  field: ScheduleField,
  value: number,
): ScheduleSettings {
  switch (field) {
    case 'baseRate':
      return { ...settings, baseRate: value };
    case 'stepFactor':
      return { ...settings, step: { ...settings.step, factor: value } };
    case 'stepInterval':
      return { ...settings, step: { ...settings.step, interval: value } };
    case 'exponentialRate':
      return { ...settings, exponential: { rate: value } };
    case 'cosineMinimum':
      return { ...settings, cosine: { ...settings.cosine, minimum: value } };
    case 'cosinePeriod':
      return { ...settings, cosine: { ...settings.cosine, period: value } };
  }
}

export const useSchedulesStore = create<SchedulesState>()((set, get) => ({
  settings: DEFAULT_SCHEDULE_SETTINGS,
  runs: null,
  invalid: null,
  ensure: () => {
    if (get().runs) return;
    set({ runs: compareSchedules(get().settings) });
  },
  // zustand's set() is the one called inside this action, named set too
  set: (field, value) => {
    const settings = withField(get().settings, field, value);
    const runs = get().runs;
    const only = SCHEDULE_OF_FIELD[field];
    try {
      set({
        settings,
        // a schedule's own parameter changes only its run; η₀ changes all four
        runs:
          runs && only
            ? runs.map((run) =>
                run.name === only ? runSchedule(scheduleConfig(only, settings), settings) : run,
              )
            : compareSchedules(settings),
        invalid: null,
      });
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      // keep the last valid settings and say which field was refused
      set({ invalid: field });
    }
  },
  reset: () =>
    set({
      settings: DEFAULT_SCHEDULE_SETTINGS,
      runs: compareSchedules(DEFAULT_SCHEDULE_SETTINGS),
      invalid: null,
    }),
}));

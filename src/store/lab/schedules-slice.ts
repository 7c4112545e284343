import type { StateCreator } from 'zustand';
import {
  compareSchedules,
  DEFAULT_SCHEDULE_SETTINGS,
  runSchedule,
  scheduleConfig,
  type ScheduleRun,
  type ScheduleSettings,
} from '../../core/lab/schedule-comparison';
import { ConfigurationError } from '../../core/errors';
import type { ScheduleName } from '../../core/training/schedules';
import type { AppState } from '../store';

/** A setting of the comparison a field can change. */
export type ScheduleField =
  'baseRate' | 'stepFactor' | 'stepInterval' | 'exponentialRate' | 'cosineMinimum' | 'cosinePeriod';

/** The learning-rate schedules compared from one start; the runs are recomputed on each change. */
export interface SchedulesSlice {
  schedulesSettings: ScheduleSettings;
  /** One run per schedule (constant, step, exponential, cosine), null until first drawn. */
  schedulesRuns: ScheduleRun[] | null;
  /** The field whose last value was refused (kept at its previous value), or null. */
  schedulesInvalid: ScheduleField | null;
  schedulesEnsure: () => void;
  schedulesSet: (field: ScheduleField, value: number) => void;
  schedulesReset: () => void;
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

export const createSchedulesSlice: StateCreator<AppState, [], [], SchedulesSlice> = (set, get) => ({
  schedulesSettings: DEFAULT_SCHEDULE_SETTINGS,
  schedulesRuns: null,
  schedulesInvalid: null,
  schedulesEnsure: () => {
    if (get().schedulesRuns) return;
    set({ schedulesRuns: compareSchedules(get().schedulesSettings) });
  },
  schedulesSet: (field, value) => {
    const settings = withField(get().schedulesSettings, field, value);
    const runs = get().schedulesRuns;
    const only = SCHEDULE_OF_FIELD[field];
    try {
      set({
        schedulesSettings: settings,
        // a schedule's own parameter changes only its run; η₀ changes all four
        schedulesRuns:
          runs && only
            ? runs.map((run) =>
                run.name === only ? runSchedule(scheduleConfig(only, settings), settings) : run,
              )
            : compareSchedules(settings),
        schedulesInvalid: null,
      });
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      // keep the last valid settings and say which field was refused
      set({ schedulesInvalid: field });
    }
  },
  schedulesReset: () =>
    set({
      schedulesSettings: DEFAULT_SCHEDULE_SETTINGS,
      schedulesRuns: compareSchedules(DEFAULT_SCHEDULE_SETTINGS),
      schedulesInvalid: null,
    }),
});

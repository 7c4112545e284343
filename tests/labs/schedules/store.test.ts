import { beforeEach, describe, expect, it } from 'vitest';
import {
  compareSchedules,
  DEFAULT_SCHEDULE_SETTINGS,
} from '../../../src/labs/schedules/model/schedule-comparison';
import { useSchedulesStore } from '../../../src/labs/schedules/store';
import { resetStore } from '../reset-store';

const state = () => useSchedulesStore.getState();

beforeEach(() => resetStore(useSchedulesStore));

describe('schedules store', () => {
  it('computes the four runs when first asked, from the default settings', () => {
    expect(state().runs).toBeNull();
    state().ensure();
    expect(state().runs).toEqual(compareSchedules(DEFAULT_SCHEDULE_SETTINGS));
  });

  it('recomputes when a schedule parameter changes', () => {
    state().ensure();
    const before = state().runs!;
    state().set('exponentialRate', 0.05);
    expect(state().settings.exponential.rate).toBe(0.05);
    expect(state().runs![2]!.losses).not.toEqual(before[2]!.losses);
    expect(state().runs![0]!.losses).toEqual(before[0]!.losses);

    state().set('cosinePeriod', 100);
    expect(state().runs![3]!.rates[100]).toBe(DEFAULT_SCHEDULE_SETTINGS.cosine.minimum);

    // recomputing only the changed schedule agrees with running all four again
    expect(state().runs).toEqual(compareSchedules(state().settings));

    state().set('baseRate', 1);
    expect(state().runs!.every((run) => run.rates[0] === 1)).toBe(true);
  });

  it('refuses an invalid value, keeps the last valid runs and names the field', () => {
    state().ensure();
    const runs = state().runs;
    state().set('stepFactor', 2);
    expect(state().invalid).toBe('stepFactor');
    expect(state().settings.step.factor).toBe(DEFAULT_SCHEDULE_SETTINGS.step.factor);
    expect(state().runs).toBe(runs);
    state().set('stepInterval', 2.5);
    expect(state().invalid).toBe('stepInterval');
    state().set('baseRate', Number.NaN);
    expect(state().invalid).toBe('baseRate');
    state().set('stepFactor', 0.25);
    expect(state().invalid).toBeNull();
    expect(state().runs![1]!.rates[100]).toBe(DEFAULT_SCHEDULE_SETTINGS.baseRate * 0.25);
  });

  it('restores the defaults', () => {
    state().set('baseRate', 1);
    state().reset();
    expect(state().settings).toEqual(DEFAULT_SCHEDULE_SETTINGS);
    expect(state().runs).toEqual(compareSchedules(DEFAULT_SCHEDULE_SETTINGS));
  });
});

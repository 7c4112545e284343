import { beforeEach, describe, expect, it } from 'vitest';
import {
  compareSchedules,
  DEFAULT_SCHEDULE_SETTINGS,
} from '../../../src/core/lab/schedule-comparison';
import { resetAppStore, useAppStore } from '../../../src/store/store';

const state = () => useAppStore.getState();

beforeEach(resetAppStore);

describe('schedules slice', () => {
  it('computes the four runs when first asked, from the default settings', () => {
    expect(state().schedulesRuns).toBeNull();
    state().schedulesEnsure();
    expect(state().schedulesRuns).toEqual(compareSchedules(DEFAULT_SCHEDULE_SETTINGS));
  });

  it('recomputes when a schedule parameter changes', () => {
    state().schedulesEnsure();
    const before = state().schedulesRuns!;
    state().schedulesSet('exponentialRate', 0.05);
    expect(state().schedulesSettings.exponential.rate).toBe(0.05);
    expect(state().schedulesRuns![2]!.losses).not.toEqual(before[2]!.losses);
    expect(state().schedulesRuns![0]!.losses).toEqual(before[0]!.losses);

    state().schedulesSet('cosinePeriod', 100);
    expect(state().schedulesRuns![3]!.rates[100]).toBe(DEFAULT_SCHEDULE_SETTINGS.cosine.minimum);

    // recomputing only the changed schedule agrees with running all four again
    expect(state().schedulesRuns).toEqual(compareSchedules(state().schedulesSettings));

    state().schedulesSet('baseRate', 1);
    expect(state().schedulesRuns!.every((run) => run.rates[0] === 1)).toBe(true);
  });

  it('refuses an invalid value, keeps the last valid runs and names the field', () => {
    state().schedulesEnsure();
    const runs = state().schedulesRuns;
    state().schedulesSet('stepFactor', 2);
    expect(state().schedulesInvalid).toBe('stepFactor');
    expect(state().schedulesSettings.step.factor).toBe(DEFAULT_SCHEDULE_SETTINGS.step.factor);
    expect(state().schedulesRuns).toBe(runs);
    state().schedulesSet('stepInterval', 2.5);
    expect(state().schedulesInvalid).toBe('stepInterval');
    state().schedulesSet('baseRate', Number.NaN);
    expect(state().schedulesInvalid).toBe('baseRate');
    state().schedulesSet('stepFactor', 0.25);
    expect(state().schedulesInvalid).toBeNull();
    expect(state().schedulesRuns![1]!.rates[100]).toBe(DEFAULT_SCHEDULE_SETTINGS.baseRate * 0.25);
  });

  it('restores the defaults', () => {
    state().schedulesSet('baseRate', 1);
    state().schedulesReset();
    expect(state().schedulesSettings).toEqual(DEFAULT_SCHEDULE_SETTINGS);
    expect(state().schedulesRuns).toEqual(compareSchedules(DEFAULT_SCHEDULE_SETTINGS));
  });
});

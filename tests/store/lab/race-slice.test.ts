import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SURFACE_RATES, optimizerPath } from '../../../src/core/lab/optimizer-paths';
import {
  DEFAULT_NETWORK_RATES,
  networkLosses,
  RACE_STEPS,
} from '../../../src/core/lab/optimizer-race';
import { RACE_DOMAIN, RACE_START } from '../../../src/core/lab/race-surface';
import { OPTIMIZERS } from '../../../src/core/training/optimizers';
import { resetAppStore, useAppStore } from '../../../src/store/store';

const state = () => useAppStore.getState();

beforeEach(resetAppStore);

describe('race slice', () => {
  it('computes nothing until the section asks, then every series from the same start', () => {
    expect(state().raceLosses).toBeNull();
    expect(state().racePaths).toBeNull();
    state().raceEnsure();
    for (const name of OPTIMIZERS) {
      expect(state().racePaths![name][0]).toMatchObject(RACE_START);
      expect(state().racePaths![name]).toEqual(
        optimizerPath(name, RACE_START, DEFAULT_SURFACE_RATES[name], RACE_STEPS),
      );
      expect(state().raceLosses![name]).toEqual(
        networkLosses(name, DEFAULT_NETWORK_RATES[name], RACE_STEPS),
      );
    }
  });

  it('moves the start (snapped to 0.05, clamped into the plot), rewinds and redraws the paths', () => {
    state().raceEnsure();
    state().raceAdvance(30);
    const before = state().racePaths!;
    state().raceSetStart({ w1: 0.512, w2: -0.26 });
    expect(state().raceStart).toEqual({ w1: 0.5, w2: -0.25 });
    expect(state().raceStep).toBe(0);
    for (const name of OPTIMIZERS) {
      expect(state().racePaths![name][0]).toMatchObject({ w1: 0.5, w2: -0.25 });
      expect(state().racePaths![name]).not.toEqual(before[name]);
    }
    state().raceSetStart({ w1: 99, w2: -99 });
    expect(state().raceStart).toEqual({ w1: RACE_DOMAIN.w1.max, w2: RACE_DOMAIN.w2.min });
    state().raceSetStart({ w1: Number.NaN, w2: 0 });
    expect(state().raceStart).toEqual({ w1: RACE_DOMAIN.w1.max, w2: RACE_DOMAIN.w2.min });
  });

  it('moves the start by arrow-sized steps without drifting off the grid', () => {
    state().raceEnsure();
    state().raceMoveStart(0.1, 0);
    state().raceMoveStart(0.1, 0);
    state().raceMoveStart(0, -0.5);
    expect(state().raceStart).toEqual({ w1: RACE_START.w1 + 0.2, w2: RACE_START.w2 - 0.5 });
    expect(Object.is(state().raceStart.w1, -0)).toBe(false);
  });

  it('changes one optimizer’s η for one problem and recomputes only that series', () => {
    state().raceEnsure();
    const paths = state().racePaths!;
    const losses = state().raceLosses!;
    state().raceSetRate('surface', 'adam', 0.05);
    expect(state().raceSurfaceRates.adam).toBe(0.05);
    expect(state().racePaths!.adam).toEqual(optimizerPath('adam', RACE_START, 0.05, RACE_STEPS));
    expect(state().racePaths!.sgd).toBe(paths.sgd);
    expect(state().raceLosses).toBe(losses);

    state().raceSetRate('network', 'sgd', 0.1);
    expect(state().raceLosses!.sgd).toEqual(networkLosses('sgd', 0.1, RACE_STEPS));
    expect(state().raceLosses!.momentum).toBe(losses.momentum);
  });

  it('ignores a learning rate that is not a positive number', () => {
    state().raceEnsure();
    for (const rate of [0, -1, Number.NaN, Infinity]) state().raceSetRate('network', 'adam', rate);
    expect(state().raceNetworkRates.adam).toBe(DEFAULT_NETWORK_RATES.adam);
  });

  it('plays, steps, pauses, stops at the end, resets and runs from step 0', () => {
    state().raceEnsure();
    state().racePlay();
    expect(state().raceRunning).toBe(true);
    state().raceAdvance(5);
    expect(state().raceStep).toBe(5);
    state().racePause();
    expect(state().raceRunning).toBe(false);
    state().racePlay();
    state().raceAdvance(RACE_STEPS * 2);
    expect(state().raceStep).toBe(RACE_STEPS);
    expect(state().raceRunning).toBe(false);
    state().racePlay();
    expect(state().raceStep).toBe(0);
    state().raceAdvance(7);
    state().raceReset();
    expect(state()).toMatchObject({ raceStep: 0, raceRunning: false });
    state().raceAdvance(7);
    state().raceRun();
    expect(state()).toMatchObject({ raceStep: 0, raceRunning: true });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SURFACE_RATES,
  optimizerPath,
} from '../../../src/labs/optimizer-race/model/optimizer-paths';
import {
  DEFAULT_NETWORK_RATES,
  networkLosses,
  RACE_STEPS,
} from '../../../src/labs/optimizer-race/model/optimizer-race';
import { RACE_DOMAIN, RACE_START } from '../../../src/labs/optimizer-race/model/race-surface';
import { OPTIMIZERS } from '../../../src/core/training/optimizers';
import { useOptimizerRaceStore } from '../../../src/labs/optimizer-race/store';
import { resetStore } from '../reset-store';

const state = () => useOptimizerRaceStore.getState();

beforeEach(() => resetStore(useOptimizerRaceStore));

describe('optimizer race store', () => {
  it('computes nothing until the section asks, then every series from the same start', () => {
    expect(state().losses).toBeNull();
    expect(state().paths).toBeNull();
    state().ensure();
    for (const name of OPTIMIZERS) {
      expect(state().paths![name][0]).toMatchObject(RACE_START);
      expect(state().paths![name]).toEqual(
        optimizerPath(name, RACE_START, DEFAULT_SURFACE_RATES[name], RACE_STEPS),
      );
      expect(state().losses![name]).toEqual(
        networkLosses(name, DEFAULT_NETWORK_RATES[name], RACE_STEPS),
      );
    }
  });

  it('moves the start (snapped to 0.05, clamped into the plot), rewinds and redraws the paths', () => {
    state().ensure();
    state().advance(30);
    const before = state().paths!;
    state().setStart({ w1: 0.512, w2: -0.26 });
    expect(state().start).toEqual({ w1: 0.5, w2: -0.25 });
    expect(state().step).toBe(0);
    for (const name of OPTIMIZERS) {
      expect(state().paths![name][0]).toMatchObject({ w1: 0.5, w2: -0.25 });
      expect(state().paths![name]).not.toEqual(before[name]);
    }
    state().setStart({ w1: 99, w2: -99 });
    expect(state().start).toEqual({ w1: RACE_DOMAIN.w1.max, w2: RACE_DOMAIN.w2.min });
    state().setStart({ w1: Number.NaN, w2: 0 });
    expect(state().start).toEqual({ w1: RACE_DOMAIN.w1.max, w2: RACE_DOMAIN.w2.min });
  });

  it('moves the start by arrow-sized steps without drifting off the grid', () => {
    state().ensure();
    state().moveStart(0.1, 0);
    state().moveStart(0.1, 0);
    state().moveStart(0, -0.5);
    expect(state().start).toEqual({ w1: RACE_START.w1 + 0.2, w2: RACE_START.w2 - 0.5 });
    expect(Object.is(state().start.w1, -0)).toBe(false);
  });

  it('changes one optimizer’s η for one problem and recomputes only that series', () => {
    state().ensure();
    const paths = state().paths!;
    const losses = state().losses!;
    state().setRate('surface', 'adam', 0.05);
    expect(state().surfaceRates.adam).toBe(0.05);
    expect(state().paths!.adam).toEqual(optimizerPath('adam', RACE_START, 0.05, RACE_STEPS));
    expect(state().paths!.sgd).toBe(paths.sgd);
    expect(state().losses).toBe(losses);

    state().setRate('network', 'sgd', 0.1);
    expect(state().losses!.sgd).toEqual(networkLosses('sgd', 0.1, RACE_STEPS));
    expect(state().losses!.momentum).toBe(losses.momentum);
  });

  it('ignores a learning rate that is not a positive number', () => {
    state().ensure();
    for (const rate of [0, -1, Number.NaN, Infinity]) state().setRate('network', 'adam', rate);
    expect(state().networkRates.adam).toBe(DEFAULT_NETWORK_RATES.adam);
  });

  it('plays, steps, pauses, stops at the end, resets and runs from step 0', () => {
    state().ensure();
    state().play();
    expect(state().running).toBe(true);
    state().advance(5);
    expect(state().step).toBe(5);
    state().pause();
    expect(state().running).toBe(false);
    state().play();
    state().advance(RACE_STEPS * 2);
    expect(state().step).toBe(RACE_STEPS);
    expect(state().running).toBe(false);
    state().play();
    expect(state().step).toBe(0);
    state().advance(7);
    state().reset();
    expect(state()).toMatchObject({ step: 0, running: false });
    state().advance(7);
    state().run();
    expect(state()).toMatchObject({ step: 0, running: true });
  });
});

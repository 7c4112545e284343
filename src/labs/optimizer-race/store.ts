import { create } from 'zustand';
import {
  DEFAULT_SURFACE_RATES,
  optimizerPath,
  racePaths,
  type RacePoint,
  type RaceRates,
} from './model/optimizer-paths';
import {
  DEFAULT_NETWORK_RATES,
  networkLosses,
  RACE_STEPS,
  raceNetworkLosses,
} from './model/optimizer-race';
import { clampToDomain, RACE_START, type Point2 } from './model/race-surface';
import type { OptimizerName } from '../../core/training/optimizers';

/** Which problem a learning rate belongs to: the XOR network or the 2-parameter surface. */
export type RaceProblem = 'network' | 'surface';

/**
 * The optimizer race's state, in a store of its own that loads with the section. Both problems are
 * computed in full by the model when a setting changes; the race then reveals them step by step:
 * `step` is how many updates are shown.
 */
export interface OptimizerRaceState {
  networkRates: RaceRates;
  surfaceRates: RaceRates;
  start: Point2;
  step: number;
  running: boolean;
  /** J(θ_t) on XOR for t = 0 … RACE_STEPS, per optimizer. */
  losses: Record<OptimizerName, number[]> | null;
  /** The paths over the surface from start, per optimizer. */
  paths: Record<OptimizerName, RacePoint[]> | null;
  /** Computes the series if they are not there yet (the section calls it when drawn). */
  ensure: () => void;
  /** Sets one optimizer's η for one problem and recomputes that series; ignores η ≤ 0 or NaN. */
  setRate: (problem: RaceProblem, name: OptimizerName, rate: number) => void;
  /** Moves the start (clamped into the plot), recomputes the paths and rewinds to step 0. */
  setStart: (start: Point2) => void;
  moveStart: (deltaW1: number, deltaW2: number) => void;
  /** Shows `count` more updates; stops running at the last one. */
  advance: (count?: number) => void;
  play: () => void;
  pause: () => void;
  /** Rewinds to step 0 and runs. */
  run: () => void;
  reset: () => void;
}

/** Start coordinates are multiples of 1/START_GRID = 0.05. */
const START_GRID = 20;
// + 0 turns −0 into 0, which would print as "-0,00"
const snap = (value: number) => Math.round(value * START_GRID) / START_GRID + 0;

const RATE_KEYS = { network: 'networkRates', surface: 'surfaceRates' } as const;

export const useOptimizerRaceStore = create<OptimizerRaceState>()((set, get) => ({
  networkRates: { ...DEFAULT_NETWORK_RATES },
  surfaceRates: { ...DEFAULT_SURFACE_RATES },
  start: { ...RACE_START },
  step: 0,
  running: false,
  losses: null,
  paths: null,
  ensure: () => {
    const state = get();
    if (state.losses && state.paths) return;
    set({
      losses: raceNetworkLosses(state.networkRates, RACE_STEPS),
      paths: racePaths(state.start, state.surfaceRates, RACE_STEPS),
    });
  },
  setRate: (problem, name, rate) => {
    if (!Number.isFinite(rate) || rate <= 0) return;
    const state = get();
    const rates = { ...state[RATE_KEYS[problem]], [name]: rate };
    if (problem === 'network') {
      const losses = state.losses && {
        ...state.losses,
        [name]: networkLosses(name, rate, RACE_STEPS),
      };
      set({ networkRates: rates, losses });
    } else {
      const paths = state.paths && {
        ...state.paths,
        [name]: optimizerPath(name, state.start, rate, RACE_STEPS),
      };
      set({ surfaceRates: rates, paths });
    }
  },
  setStart: (start) => {
    if (!Number.isFinite(start.w1) || !Number.isFinite(start.w2)) return;
    // snapped to a 0.05 grid, so a click lands on a point the keyboard can reach and read out
    const rounded = clampToDomain({
      w1: snap(start.w1),
      w2: snap(start.w2),
    });
    set({
      start: rounded,
      paths: racePaths(rounded, get().surfaceRates, RACE_STEPS),
      step: 0,
      running: false,
    });
  },
  moveStart: (deltaW1, deltaW2) => {
    const { start } = get();
    get().setStart({ w1: start.w1 + deltaW1, w2: start.w2 + deltaW2 });
  },
  advance: (count = 1) => {
    const step = Math.min(RACE_STEPS, get().step + count);
    set({ step, running: get().running && step < RACE_STEPS });
  },
  play: () => {
    const { step } = get();
    set({ running: true, step: step >= RACE_STEPS ? 0 : step });
  },
  pause: () => set({ running: false }),
  run: () => set({ step: 0, running: true }),
  reset: () => set({ step: 0, running: false }),
}));

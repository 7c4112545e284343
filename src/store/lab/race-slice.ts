import type { StateCreator } from 'zustand';
import {
  DEFAULT_SURFACE_RATES,
  optimizerPath,
  racePaths,
  type RacePoint,
  type RaceRates,
} from '../../core/lab/optimizer-paths';
import {
  DEFAULT_NETWORK_RATES,
  networkLosses,
  RACE_STEPS,
  raceNetworkLosses,
} from '../../core/lab/optimizer-race';
import { clampToDomain, RACE_START, type Point2 } from '../../core/lab/race-surface';
import type { OptimizerName } from '../../core/training/optimizers';
import type { AppState } from '../store';

/** Which problem a learning rate belongs to: the XOR network or the 2-parameter surface. */
export type RaceProblem = 'network' | 'surface';

/**
 * The optimizer race. Both problems are computed in full by the core when a setting changes; the
 * race then reveals them step by step: `raceStep` is how many updates are shown.
 */
export interface RaceSlice {
  raceNetworkRates: RaceRates;
  raceSurfaceRates: RaceRates;
  raceStart: Point2;
  raceStep: number;
  raceRunning: boolean;
  /** J(θ_t) on XOR for t = 0 … RACE_STEPS, per optimizer. */
  raceLosses: Record<OptimizerName, number[]> | null;
  /** The paths over the surface from raceStart, per optimizer. */
  racePaths: Record<OptimizerName, RacePoint[]> | null;
  /** Computes the series if they are not there yet (the section calls it when drawn). */
  raceEnsure: () => void;
  /** Sets one optimizer's η for one problem and recomputes that series; ignores η ≤ 0 or NaN. */
  raceSetRate: (problem: RaceProblem, name: OptimizerName, rate: number) => void;
  /** Moves the start (clamped into the plot), recomputes the paths and rewinds to step 0. */
  raceSetStart: (start: Point2) => void;
  raceMoveStart: (deltaW1: number, deltaW2: number) => void;
  /** Shows `count` more updates; stops running at the last one. */
  raceAdvance: (count?: number) => void;
  racePlay: () => void;
  racePause: () => void;
  /** Rewinds to step 0 and runs. */
  raceRun: () => void;
  raceReset: () => void;
}

/** Start coordinates are multiples of 1/START_GRID = 0.05. */
const START_GRID = 20;
// + 0 turns −0 into 0, which would print as "-0,00"
const snap = (value: number) => Math.round(value * START_GRID) / START_GRID + 0;

const RATE_KEYS = { network: 'raceNetworkRates', surface: 'raceSurfaceRates' } as const;

export const createRaceSlice: StateCreator<AppState, [], [], RaceSlice> = (set, get) => ({
  raceNetworkRates: { ...DEFAULT_NETWORK_RATES },
  raceSurfaceRates: { ...DEFAULT_SURFACE_RATES },
  raceStart: { ...RACE_START },
  raceStep: 0,
  raceRunning: false,
  raceLosses: null,
  racePaths: null,
  raceEnsure: () => {
    const state = get();
    if (state.raceLosses && state.racePaths) return;
    set({
      raceLosses: raceNetworkLosses(state.raceNetworkRates, RACE_STEPS),
      racePaths: racePaths(state.raceStart, state.raceSurfaceRates, RACE_STEPS),
    });
  },
  raceSetRate: (problem, name, rate) => {
    if (!Number.isFinite(rate) || rate <= 0) return;
    const state = get();
    const rates = { ...state[RATE_KEYS[problem]], [name]: rate };
    if (problem === 'network') {
      const losses = state.raceLosses && {
        ...state.raceLosses,
        [name]: networkLosses(name, rate, RACE_STEPS),
      };
      set({ raceNetworkRates: rates, raceLosses: losses });
    } else {
      const paths = state.racePaths && {
        ...state.racePaths,
        [name]: optimizerPath(name, state.raceStart, rate, RACE_STEPS),
      };
      set({ raceSurfaceRates: rates, racePaths: paths });
    }
  },
  raceSetStart: (start) => {
    if (!Number.isFinite(start.w1) || !Number.isFinite(start.w2)) return;
    // snapped to a 0.05 grid, so a click lands on a point the keyboard can reach and read out
    const rounded = clampToDomain({
      w1: snap(start.w1),
      w2: snap(start.w2),
    });
    set({
      raceStart: rounded,
      racePaths: racePaths(rounded, get().raceSurfaceRates, RACE_STEPS),
      raceStep: 0,
      raceRunning: false,
    });
  },
  raceMoveStart: (deltaW1, deltaW2) => {
    const { raceStart } = get();
    get().raceSetStart({ w1: raceStart.w1 + deltaW1, w2: raceStart.w2 + deltaW2 });
  },
  raceAdvance: (count = 1) => {
    const step = Math.min(RACE_STEPS, get().raceStep + count);
    set({ raceStep: step, raceRunning: get().raceRunning && step < RACE_STEPS });
  },
  racePlay: () => {
    const { raceStep } = get();
    set({ raceRunning: true, raceStep: raceStep >= RACE_STEPS ? 0 : raceStep });
  },
  racePause: () => set({ raceRunning: false }),
  raceRun: () => set({ raceStep: 0, raceRunning: true }),
  raceReset: () => set({ raceStep: 0, raceRunning: false }),
});

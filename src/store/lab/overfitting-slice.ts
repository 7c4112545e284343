import type { StateCreator } from 'zustand';
import { createOverfittingRun } from '../../core/lab/overfitting';
import type { LossRecord, OverfittingRun, StopReason } from '../../core/lab/overfitting';
import type { BestEvaluation } from '../../core/lab/overfitting-early-stopping';
import {
  OVERFITTING_DEFAULT_SEED,
  OVERFITTING_EVALUATION_INTERVAL,
  weightNorm,
} from '../../core/lab/overfitting-setup';
import type { AppState } from '../store';

/** What the learner sets; changing any of them starts a fresh run. */
export interface OverfittingSettings {
  seed: number;
  l2: number;
  dropout: number;
  earlyStopping: boolean;
  /** In steps, a multiple of the evaluation interval. */
  patience: number;
}

export const OVERFITTING_DEFAULTS: OverfittingSettings = {
  seed: OVERFITTING_DEFAULT_SEED,
  l2: 0,
  dropout: 0,
  earlyStopping: false,
  patience: 100,
};

/** Limits of the fields: λ in [0, 1], dropout in [0, 0.9], patience 10–1000 steps. */
export const OVERFITTING_LIMITS = {
  l2: 1,
  dropout: 0.9,
  patience: 1000,
  seed: 1_000_000,
} as const;

export interface OverfittingSlice {
  overfittingSettings: OverfittingSettings;
  overfittingRunning: boolean;
  /** Train and test losses every evaluation interval, from step 0. */
  overfittingRecords: LossRecord[];
  overfittingStep: number;
  overfittingBest: BestEvaluation | null;
  overfittingStopReason: StopReason | null;
  /** Losses of the current parameters (the restored best ones after early stopping). */
  overfittingCurrent: { train: number; test: number } | null;
  /** ‖w‖ of the current weights. */
  overfittingWeightNorm: number;
  /** Changes settings (clamped to the limits) and starts over at step 0. */
  overfittingConfigure: (changes: Partial<OverfittingSettings>) => void;
  /** Makes sure the step-0 evaluation is shown. */
  overfittingPrepare: () => void;
  /** Up to `steps` updates; pauses when training stops. */
  overfittingAdvance: (steps: number) => void;
  /** One evaluation interval of updates. */
  overfittingStepOnce: () => void;
  /** Runs (from the start again if the last run had stopped). */
  overfittingPlay: () => void;
  overfittingPause: () => void;
  overfittingReset: () => void;
}

/** The mutable run behind the plain state, rebuilt whenever it no longer matches it. */
let engine: { run: OverfittingRun; settings: OverfittingSettings } | null = null;

function runFor(state: AppState): OverfittingRun {
  const settings = state.overfittingSettings;
  if (engine?.settings === settings && engine.run.step === state.overfittingStep) return engine.run;
  const run = createOverfittingRun(settings);
  // the run is deterministic: replaying reaches the same state
  run.advance(state.overfittingStep);
  engine = { run, settings };
  return run;
}

function snapshot(run: OverfittingRun) {
  return {
    overfittingRecords: run.records.slice(),
    overfittingStep: run.step,
    overfittingBest: run.best && { ...run.best },
    overfittingStopReason: run.stopReason,
    overfittingCurrent: { train: run.trainLoss(), test: run.testLoss() },
    overfittingWeightNorm: weightNorm(run.trainer.parameters()),
  };
}

const empty = {
  overfittingRunning: false,
  overfittingRecords: [],
  overfittingStep: 0,
  overfittingBest: null,
  overfittingStopReason: null,
  overfittingCurrent: null,
  overfittingWeightNorm: 0,
};

function clamp(value: number, low: number, high: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : fallback;
}

/** Settings within the limits; patience rounded to whole evaluation intervals. */
export function clampOverfittingSettings(settings: OverfittingSettings): OverfittingSettings {
  const interval = OVERFITTING_EVALUATION_INTERVAL;
  const patience = Math.round(settings.patience / interval) * interval;
  return {
    seed: Math.round(clamp(settings.seed, 0, OVERFITTING_LIMITS.seed, OVERFITTING_DEFAULTS.seed)),
    l2: clamp(settings.l2, 0, OVERFITTING_LIMITS.l2, 0),
    dropout: clamp(settings.dropout, 0, OVERFITTING_LIMITS.dropout, 0),
    earlyStopping: settings.earlyStopping,
    patience: clamp(patience, interval, OVERFITTING_LIMITS.patience, OVERFITTING_DEFAULTS.patience),
  };
}

export const createOverfittingSlice: StateCreator<AppState, [], [], OverfittingSlice> = (
  set,
  get,
) => {
  const fresh = (settings: OverfittingSettings) => {
    const run = createOverfittingRun(settings);
    engine = { run, settings };
    return { ...empty, overfittingSettings: settings, ...snapshot(run) };
  };
  return {
    overfittingSettings: OVERFITTING_DEFAULTS,
    ...empty,
    overfittingConfigure: (changes) =>
      set(fresh(clampOverfittingSettings({ ...get().overfittingSettings, ...changes }))),
    overfittingPrepare: () => {
      if (get().overfittingRecords.length === 0) set(snapshot(runFor(get())));
    },
    overfittingAdvance: (steps) => {
      const run = runFor(get());
      run.advance(steps);
      set({ ...snapshot(run), ...(run.stopped && { overfittingRunning: false }) });
    },
    overfittingStepOnce: () => {
      set({ overfittingRunning: false });
      get().overfittingAdvance(OVERFITTING_EVALUATION_INTERVAL);
    },
    overfittingPlay: () => {
      if (get().overfittingStopReason !== null) set(fresh(get().overfittingSettings));
      set({ overfittingRunning: true });
    },
    overfittingPause: () => set({ overfittingRunning: false }),
    overfittingReset: () => set(fresh(get().overfittingSettings)),
  };
};

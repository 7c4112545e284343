import { create } from 'zustand';
import { createOverfittingRun } from './model/overfitting';
import type { LossRecord, OverfittingRun, StopReason, TestReport } from './model/overfitting';
import type { BestEvaluation } from './model/overfitting-early-stopping';
import {
  OVERFITTING_DEFAULT_SEED,
  OVERFITTING_EVALUATION_INTERVAL,
  weightNorm,
} from './model/overfitting-setup';

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

/**
 * The overfitting section's state, in a store of its own that loads with the section. The run
 * itself lives outside it and is rebuilt from the settings and the step when they no longer match.
 */
export interface OverfittingState {
  settings: OverfittingSettings;
  running: boolean;
  /** Training and validation losses every evaluation interval, from step 0. */
  records: LossRecord[];
  /** Updates done (after early stopping, more than the step of the restored weights). */
  step: number;
  /** The lowest validation loss and its step. */
  best: BestEvaluation | null;
  stopReason: StopReason | null;
  /**
   * The current parameters: the step they come from (the restored best one after early stopping)
   * and their training and validation losses.
   */
  current: { step: number; train: number; validation: number } | null;
  /** The test loss, measured only once training has stopped; null until then. */
  test: TestReport | null;
  /** ‖w‖ of the current weights. */
  weightNorm: number;
  /** Changes settings (clamped to the limits) and starts over at step 0. */
  configure: (changes: Partial<OverfittingSettings>) => void;
  /** Makes sure the step-0 evaluation is shown. */
  prepare: () => void;
  /** Up to `steps` updates; pauses when training stops. */
  advance: (steps: number) => void;
  /** One evaluation interval of updates. */
  stepOnce: () => void;
  /** Runs (from the start again if the last run had stopped). */
  play: () => void;
  pause: () => void;
  reset: () => void;
}

/** The mutable run behind the plain state, rebuilt whenever it no longer matches it. */
let engine: { run: OverfittingRun; settings: OverfittingSettings } | null = null;

function runFor(state: OverfittingState): OverfittingRun {
  const settings = state.settings;
  if (engine?.settings === settings && engine.run.step === state.step) return engine.run;
  const run = createOverfittingRun(settings);
  // the run is deterministic: replaying reaches the same state
  run.advance(state.step);
  engine = { run, settings };
  return run;
}

function snapshot(run: OverfittingRun) {
  return {
    records: run.records.slice(),
    step: run.step,
    best: run.best && { ...run.best },
    stopReason: run.stopReason,
    current: { step: run.weightsStep, train: run.trainLoss(), validation: run.validationLoss() },
    test: run.testReport(),
    weightNorm: weightNorm(run.trainer.parameters()),
  };
}

const empty = {
  running: false,
  records: [],
  step: 0,
  best: null,
  stopReason: null,
  current: null,
  test: null,
  weightNorm: 0,
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

export const useOverfittingStore = create<OverfittingState>()((set, get) => {
  const fresh = (settings: OverfittingSettings) => {
    const run = createOverfittingRun(settings);
    engine = { run, settings };
    return { ...empty, settings, ...snapshot(run) };
  };
  return {
    settings: OVERFITTING_DEFAULTS,
    ...empty,
    configure: (changes) => set(fresh(clampOverfittingSettings({ ...get().settings, ...changes }))),
    prepare: () => {
      if (get().records.length === 0) set(snapshot(runFor(get())));
    },
    advance: (steps) => {
      const run = runFor(get());
      run.advance(steps);
      set({ ...snapshot(run), ...(run.stopped && { running: false }) });
    },
    stepOnce: () => {
      set({ running: false });
      get().advance(OVERFITTING_EVALUATION_INTERVAL);
    },
    play: () => {
      if (get().stopReason !== null) set(fresh(get().settings));
      set({ running: true });
    },
    pause: () => set({ running: false }),
    reset: () => set(fresh(get().settings)),
  };
});

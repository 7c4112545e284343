import type { StateCreator } from 'zustand';
import {
  COMPARISON_EXAMPLES,
  DEFAULT_COMPARISON_CONFIG,
  RUN_LOSSES,
  createComparisonTrainers,
  snapshotRun,
  type RunLoss,
  type RunSnapshot,
} from '../../core/lab/loss-comparison-run';
import type { Trainer } from '../../core/training/trainer';
import type { AppState } from '../store';

/** Training stops by itself after this many steps. */
export const LOSS_COMPARISON_MAX_STEPS = 2000;

/** Both networks' loss J after each step, index t = step t (0 = the shared start). */
export type LossComparisonHistory = Record<RunLoss, number[]>;

export interface LossComparisonSlice {
  /** Start with the output saturated near 1 (wrong for half of XOR). */
  lossComparisonSaturated: boolean;
  /** Index into the XOR examples of the example whose ∂ℓ/∂z is shown. */
  lossComparisonExample: number;
  lossComparisonStep: number;
  lossComparisonRunning: boolean;
  lossComparisonHistory: LossComparisonHistory;
  /** Each network's loss, accuracy and output gradient at the current step. */
  lossComparisonSnapshots: Record<RunLoss, RunSnapshot>;
  lossComparisonPlay: () => void;
  lossComparisonPause: () => void;
  /** Trains both networks `count` steps (1 when omitted), stopping at the step limit. */
  lossComparisonAdvance: (count?: number) => void;
  lossComparisonReset: () => void;
  lossComparisonSetSaturated: (saturated: boolean) => void;
  lossComparisonSetExample: (index: number) => void;
}

/** The trainers live outside the store; they are rebuilt whenever they disagree with it. */
let engine: { saturated: boolean; trainers: Record<RunLoss, Trainer> } | null = null;

/** Trainers matching the store's setting and step (replaying the steps after a store reset). */
function trainersFor(saturated: boolean, step: number): Record<RunLoss, Trainer> {
  if (
    !engine ||
    engine.saturated !== saturated ||
    engine.trainers.halfSquaredError.stepCount !== step
  ) {
    const trainers = createComparisonTrainers({ ...DEFAULT_COMPARISON_CONFIG, saturated });
    for (let done = 0; done < step; done++) for (const loss of RUN_LOSSES) trainers[loss].step();
    engine = { saturated, trainers };
  }
  return engine.trainers;
}

function snapshots(trainers: Record<RunLoss, Trainer>, example: number) {
  return {
    halfSquaredError: snapshotRun(trainers.halfSquaredError, 'halfSquaredError', example),
    binaryCrossEntropy: snapshotRun(trainers.binaryCrossEntropy, 'binaryCrossEntropy', example),
  };
}

/** Step 0 of a setting: fresh trainers, a one-point history. */
function startState(saturated: boolean, example: number) {
  const shown = snapshots(trainersFor(saturated, 0), example);
  return {
    lossComparisonSaturated: saturated,
    lossComparisonStep: 0,
    lossComparisonRunning: false,
    lossComparisonSnapshots: shown,
    lossComparisonHistory: {
      halfSquaredError: [shown.halfSquaredError.loss],
      binaryCrossEntropy: [shown.binaryCrossEntropy.loss],
    },
  };
}

export const createLossComparisonSlice: StateCreator<AppState, [], [], LossComparisonSlice> = (
  set,
  get,
) => ({
  ...startState(DEFAULT_COMPARISON_CONFIG.saturated, 0),
  lossComparisonExample: 0,

  lossComparisonPlay: () => {
    if (get().lossComparisonStep < LOSS_COMPARISON_MAX_STEPS) set({ lossComparisonRunning: true });
  },

  lossComparisonPause: () => set({ lossComparisonRunning: false }),

  lossComparisonAdvance: (count = 1) => {
    const state = get();
    const trainers = trainersFor(state.lossComparisonSaturated, state.lossComparisonStep);
    const steps = Math.max(
      0,
      Math.min(Math.floor(count), LOSS_COMPARISON_MAX_STEPS - state.lossComparisonStep),
    );
    const history = {
      halfSquaredError: state.lossComparisonHistory.halfSquaredError.slice(),
      binaryCrossEntropy: state.lossComparisonHistory.binaryCrossEntropy.slice(),
    };
    for (let done = 0; done < steps; done++) {
      for (const loss of RUN_LOSSES) {
        trainers[loss].step();
        history[loss].push(trainers[loss].evaluate(COMPARISON_EXAMPLES));
      }
    }
    const step = state.lossComparisonStep + steps;
    set({
      lossComparisonStep: step,
      lossComparisonHistory: history,
      lossComparisonSnapshots: snapshots(trainers, state.lossComparisonExample),
      lossComparisonRunning: state.lossComparisonRunning && step < LOSS_COMPARISON_MAX_STEPS,
    });
  },

  lossComparisonReset: () =>
    set(startState(get().lossComparisonSaturated, get().lossComparisonExample)),

  lossComparisonSetSaturated: (saturated) =>
    set(startState(saturated, get().lossComparisonExample)),

  lossComparisonSetExample: (index) => {
    if (!Number.isInteger(index) || index < 0 || index >= COMPARISON_EXAMPLES.length) return;
    const { lossComparisonSaturated, lossComparisonStep } = get();
    const trainers = trainersFor(lossComparisonSaturated, lossComparisonStep);
    set({ lossComparisonExample: index, lossComparisonSnapshots: snapshots(trainers, index) });
  },
});

import { create } from 'zustand';
import {
  COMPARISON_EXAMPLES,
  DEFAULT_COMPARISON_CONFIG,
  RUN_LOSSES,
  createComparisonTrainers,
  snapshotRun,
  type RunLoss,
  type RunSnapshot,
} from './model/loss-comparison-run';
import type { Trainer } from '../../core/training/trainer';

/** Training stops by itself after this many steps. */
export const LOSS_COMPARISON_MAX_STEPS = 2000;

/** Both networks' loss J after each step, index t = step t (0 = the shared start). */
export type LossComparisonHistory = Record<RunLoss, number[]>;

/**
 * The MSE-versus-BCE comparison, in a store of its own that loads with the section: the start,
 * the step reached, both networks' loss history and what the current step shows.
 */
export interface LossComparisonState {
  /** Start with the output saturated near 1 (wrong for half of XOR). */
  saturated: boolean;
  /** Index into the XOR examples of the example whose ∂ℓ/∂z_o is shown. */
  example: number;
  step: number;
  running: boolean;
  history: LossComparisonHistory;
  /** Each network's loss, accuracy and output gradient at the current step. */
  snapshots: Record<RunLoss, RunSnapshot>;
  play: () => void;
  pause: () => void;
  /** Trains both networks `count` steps (1 when omitted), stopping at the step limit. */
  advance: (count?: number) => void;
  reset: () => void;
  setSaturated: (saturated: boolean) => void;
  setExample: (index: number) => void;
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
    saturated,
    step: 0,
    running: false,
    snapshots: shown,
    history: {
      halfSquaredError: [shown.halfSquaredError.loss],
      binaryCrossEntropy: [shown.binaryCrossEntropy.loss],
    },
  };
}

export const useLossComparisonStore = create<LossComparisonState>()((set, get) => ({
  ...startState(DEFAULT_COMPARISON_CONFIG.saturated, 0),
  example: 0,

  play: () => {
    if (get().step < LOSS_COMPARISON_MAX_STEPS) set({ running: true });
  },

  pause: () => set({ running: false }),

  advance: (count = 1) => {
    const state = get();
    const trainers = trainersFor(state.saturated, state.step);
    const steps = Math.max(0, Math.min(Math.floor(count), LOSS_COMPARISON_MAX_STEPS - state.step));
    const history = {
      halfSquaredError: state.history.halfSquaredError.slice(),
      binaryCrossEntropy: state.history.binaryCrossEntropy.slice(),
    };
    for (let done = 0; done < steps; done++) {
      for (const loss of RUN_LOSSES) {
        trainers[loss].step();
        history[loss].push(trainers[loss].evaluate(COMPARISON_EXAMPLES));
      }
    }
    const step = state.step + steps;
    set({
      step,
      history,
      snapshots: snapshots(trainers, state.example),
      running: state.running && step < LOSS_COMPARISON_MAX_STEPS,
    });
  },

  reset: () => set(startState(get().saturated, get().example)),

  setSaturated: (saturated) => set(startState(saturated, get().example)),

  setExample: (index) => {
    if (!Number.isInteger(index) || index < 0 || index >= COMPARISON_EXAMPLES.length) return;
    const { saturated, step } = get();
    const trainers = trainersFor(saturated, step);
    set({ example: index, snapshots: snapshots(trainers, index) });
  },
}));

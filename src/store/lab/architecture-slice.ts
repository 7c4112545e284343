import type { StateCreator } from 'zustand';
import {
  ARCHITECTURE_FIELD_LIMITS,
  clampToRange,
  MAX_DEPTH,
  nextSeed,
  type ArchitectureField,
} from '../../core/lab/architecture';
import {
  createArchitectureRun,
  measureRun,
  trainSteps,
  type ArchitectureRun,
  type ArchitectureRunConfig,
  type ArchitectureStats,
} from '../../core/lab/architecture-run';
import type { DatasetName } from '../../core/data/datasets';
import type { OptimizerName } from '../../core/training/optimizers';
import type { ActivationName } from '../../core/types';
import type { AppState } from '../store';

/** Training steps per animation frame; 'max' fills a time budget of the frame instead. */
export const ARCHITECTURE_SPEEDS = { slow: 1, normal: 5, fast: 20, max: Infinity } as const;
export type ArchitectureSpeed = keyof typeof ARCHITECTURE_SPEEDS;

export type ArchitectureStatus = 'ready' | 'running' | 'paused' | 'diverged';

/** A typed value that was out of range, and what it became. */
export interface ArchitectureNotice {
  field: ArchitectureField;
  value: number;
  low: number;
  high: number;
}

/** 2–8–8–1 tanh on the circle, Adam η = 0.03, mini-batches of 10: learns in a few seconds. */
export const ARCHITECTURE_DEFAULTS: ArchitectureRunConfig = {
  depth: 2,
  width: 8,
  activations: Array.from({ length: MAX_DEPTH }, () => 'tanh' as const),
  dataset: 'circle',
  noise: 0.1,
  testFraction: 0.2,
  batchSize: 10,
  seed: 42,
  optimizer: 'adam',
  learningRate: 0.03,
};

export interface ArchitectureSlice {
  architectureConfig: ArchitectureRunConfig;
  architectureSpeed: ArchitectureSpeed;
  architectureStatus: ArchitectureStatus;
  /** Null until the run is first built (architecturePrepare or any action). */
  architectureStats: ArchitectureStats | null;
  architectureNotice: ArchitectureNotice | null;
  architecturePrepare: () => void;
  architectureSetField: (field: ArchitectureField, value: number) => void;
  architectureSetActivation: (layer: number, activation: ActivationName) => void;
  architectureSetDataset: (dataset: DatasetName) => void;
  architectureSetOptimizer: (optimizer: OptimizerName) => void;
  architectureSetSpeed: (speed: ArchitectureSpeed) => void;
  architectureNewSeed: () => void;
  architecturePlay: () => void;
  architecturePause: () => void;
  /** One update (the "Passo" button); pauses a running loop. */
  architectureStep: () => void;
  /** `steps` updates, then one measurement: the animation loop calls this once per frame. */
  architectureAdvance: (steps: number) => void;
  architectureReset: () => void;
}

/** The mutable engine, outside React state: the run built for `config`. */
let current: { run: ArchitectureRun; config: ArchitectureRunConfig } | null = null;

/** The run matching the store's config and step (rebuilt after a config change or a store reset). */
export function architectureRun(state: ArchitectureSlice): ArchitectureRun {
  const stale =
    !current ||
    current.config !== state.architectureConfig ||
    current.run.trainer.stepCount !== (state.architectureStats?.step ?? 0);
  if (stale) {
    current = {
      run: createArchitectureRun(state.architectureConfig),
      config: state.architectureConfig,
    };
  }
  return current!.run;
}

export const createArchitectureSlice: StateCreator<AppState, [], [], ArchitectureSlice> = (
  set,
  get,
) => {
  /** A new config: rebuild the run at step 0 and measure it; keeps running if it was. */
  const configure = (
    change: Partial<ArchitectureRunConfig>,
    notice: ArchitectureNotice | null = null,
  ) => {
    const config = { ...get().architectureConfig, ...change };
    current = { run: createArchitectureRun(config), config };
    const status = get().architectureStatus === 'running' ? 'running' : 'ready';
    set({
      architectureConfig: config,
      architectureStats: measureRun(current.run),
      architectureStatus: status,
      architectureNotice: notice,
    });
  };
  const advance = (steps: number) => {
    const run = architectureRun(get());
    const outcome = trainSteps(run, steps);
    set({
      architectureStats: measureRun(run),
      ...(outcome === 'diverged' ? { architectureStatus: 'diverged' as const } : {}),
    });
  };
  return {
    architectureConfig: ARCHITECTURE_DEFAULTS,
    architectureSpeed: 'normal',
    architectureStatus: 'ready',
    architectureStats: null,
    architectureNotice: null,
    architecturePrepare: () => {
      const state = get();
      const run = architectureRun(state);
      if (!state.architectureStats) set({ architectureStats: measureRun(run) });
    },
    architectureSetField: (field, value) => {
      const { low, high, integer } = ARCHITECTURE_FIELD_LIMITS[field];
      const result = clampToRange(value, low, high, integer);
      const notice = result.clamped ? { field, value: result.value, low, high } : null;
      configure({ [field]: result.value }, notice);
    },
    architectureSetActivation: (layer, activation) => {
      const activations = [...get().architectureConfig.activations];
      activations[layer] = activation;
      configure({ activations });
    },
    architectureSetDataset: (dataset) => configure({ dataset }),
    architectureSetOptimizer: (optimizer) => configure({ optimizer }),
    architectureSetSpeed: (architectureSpeed) => set({ architectureSpeed }),
    architectureNewSeed: () => configure({ seed: nextSeed(get().architectureConfig.seed) }),
    architecturePlay: () => {
      get().architecturePrepare();
      set({ architectureStatus: 'running', architectureNotice: null });
    },
    architecturePause: () => {
      if (get().architectureStatus === 'running') set({ architectureStatus: 'paused' });
    },
    architectureStep: () => {
      if (get().architectureStatus !== 'ready') set({ architectureStatus: 'paused' });
      advance(1);
    },
    architectureAdvance: (steps) => {
      if (steps > 0) advance(steps);
    },
    architectureReset: () => {
      const run = architectureRun(get());
      run.trainer.reset();
      set({ architectureStats: measureRun(run), architectureStatus: 'ready' });
    },
  };
};

import { create } from 'zustand';
import {
  addLayer,
  addNeuron,
  ARCHITECTURE_FIELD_LIMITS,
  clampToRange,
  MAX_DEPTH,
  nextSeed,
  removeLayer,
  removeNeuron,
  type ArchitectureField,
} from './model/architecture';
import { DEFAULT_FEATURES, toggleFeature, type FeatureName } from './model/features';
import {
  createArchitectureRun,
  measureRun,
  trainSteps,
  type ArchitectureRun,
  type ArchitectureRunConfig,
  type ArchitectureStats,
} from './model/architecture-run';
import type { DatasetName } from '../../core/data/datasets';
import type { OptimizerName } from '../../core/training/optimizers';
import type { ActivationName } from '../../core/types';

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

/** 2–8–8–1 tanh on (x₁, x₂) of the circle, Adam η = 0.03, mini-batches of 10: learns in seconds. */
export const ARCHITECTURE_DEFAULTS: ArchitectureRunConfig = {
  features: DEFAULT_FEATURES,
  widths: [8, 8],
  activations: Array.from({ length: MAX_DEPTH }, () => 'tanh' as const),
  dataset: 'circle',
  noise: 0.1,
  testFraction: 0.2,
  batchSize: 10,
  seed: 42,
  optimizer: 'adam',
  learningRate: 0.03,
};

/**
 * The architecture section's state, in a store of its own that loads with the section. The run
 * itself (trainer, data, decision grid) lives outside it; see architectureRun.
 */
export interface ArchitectureState {
  config: ArchitectureRunConfig;
  speed: ArchitectureSpeed;
  status: ArchitectureStatus;
  /** Null until the run is first built (prepare or any action). */
  stats: ArchitectureStats | null;
  notice: ArchitectureNotice | null;
  prepare: () => void;
  setField: (field: ArchitectureField, value: number) => void;
  setActivation: (layer: number, activation: ActivationName) => void;
  /** The same activation in every hidden layer. */
  setAllActivations: (activation: ActivationName) => void;
  /** Switches an input feature on or off; the last one on stays on. */
  toggleFeature: (feature: FeatureName) => void;
  /** A hidden layer more at the end (up to MAX_DEPTH), or the last one less (down to MIN_DEPTH). */
  addLayer: () => void;
  removeLayer: () => void;
  /** One neuron more or less in hidden layer `layer` (MIN_WIDTH to MAX_WIDTH). */
  addNeuron: (layer: number) => void;
  removeNeuron: (layer: number) => void;
  setDataset: (dataset: DatasetName) => void;
  setOptimizer: (optimizer: OptimizerName) => void;
  setSpeed: (speed: ArchitectureSpeed) => void;
  newSeed: () => void;
  play: () => void;
  pause: () => void;
  /** One update (the "Passo" button); pauses a running loop. */
  step: () => void;
  /** `steps` updates, then one measurement: the animation loop calls this once per frame. */
  advance: (steps: number) => void;
  reset: () => void;
}

/** The mutable engine, outside React state: the run built for `config`. */
let current: { run: ArchitectureRun; config: ArchitectureRunConfig } | null = null;

/** The run matching the store's config and step (rebuilt after a config change or a store reset). */
export function architectureRun(state: ArchitectureState): ArchitectureRun {
  const stale =
    !current ||
    current.config !== state.config ||
    current.run.trainer.stepCount !== (state.stats?.step ?? 0);
  if (stale) {
    current = {
      run: createArchitectureRun(state.config),
      config: state.config,
    };
  }
  return current!.run;
}

export const useArchitectureStore = create<ArchitectureState>()((set, get) => {
  /** A new config: rebuild the run at step 0 and measure it; keeps running if it was. */
  const configure = (
    change: Partial<ArchitectureRunConfig>,
    notice: ArchitectureNotice | null = null,
  ) => {
    const before = get().config;
    // an action at its limit (e.g. + at 8 neurons) changes nothing: keep the run and its weights
    const changed = (Object.keys(change) as (keyof ArchitectureRunConfig)[]).some(
      (key) => change[key] !== before[key],
    );
    if (!changed && notice === null) return;
    const config = { ...before, ...change };
    current = { run: createArchitectureRun(config), config };
    const status = get().status === 'running' ? 'running' : 'ready';
    set({
      config,
      stats: measureRun(current.run),
      status,
      notice,
    });
  };
  /** `steps` updates, then one measurement; marks the run diverged when it blew up. */
  const train = (steps: number) => {
    const run = architectureRun(get());
    const outcome = trainSteps(run, steps);
    set({
      stats: measureRun(run),
      ...(outcome === 'diverged' ? { status: 'diverged' as const } : {}),
    });
  };
  return {
    config: ARCHITECTURE_DEFAULTS,
    speed: 'normal',
    status: 'ready',
    stats: null,
    notice: null,
    prepare: () => {
      const state = get();
      const run = architectureRun(state);
      if (!state.stats) set({ stats: measureRun(run) });
    },
    setField: (field, value) => {
      const { low, high, integer } = ARCHITECTURE_FIELD_LIMITS[field];
      const result = clampToRange(value, low, high, integer);
      const notice = result.clamped ? { field, value: result.value, low, high } : null;
      configure({ [field]: result.value }, notice);
    },
    setActivation: (layer, activation) => {
      const activations = [...get().config.activations];
      activations[layer] = activation;
      configure({ activations });
    },
    setAllActivations: (activation) => {
      configure({ activations: Array.from({ length: MAX_DEPTH }, () => activation) });
    },
    toggleFeature: (feature) =>
      configure({ features: toggleFeature(get().config.features, feature) }),
    addLayer: () => configure({ widths: addLayer(get().config.widths) }),
    removeLayer: () => configure({ widths: removeLayer(get().config.widths) }),
    addNeuron: (layer) => configure({ widths: addNeuron(get().config.widths, layer) }),
    removeNeuron: (layer) => configure({ widths: removeNeuron(get().config.widths, layer) }),
    setDataset: (dataset) => configure({ dataset }),
    setOptimizer: (optimizer) => configure({ optimizer }),
    setSpeed: (speed) => set({ speed }),
    newSeed: () => configure({ seed: nextSeed(get().config.seed) }),
    play: () => {
      get().prepare();
      set({ status: 'running', notice: null });
    },
    pause: () => {
      if (get().status === 'running') set({ status: 'paused' });
    },
    step: () => {
      if (get().status !== 'ready') set({ status: 'paused' });
      train(1);
    },
    advance: (steps) => {
      if (steps > 0) train(steps);
    },
    reset: () => {
      const run = architectureRun(get());
      run.trainer.reset();
      set({ stats: measureRun(run), status: 'ready' });
    },
  };
});

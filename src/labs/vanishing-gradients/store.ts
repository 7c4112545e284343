import { create } from 'zustand';
import { ConfigurationError } from '../../core/errors';
import {
  DEFAULT_VANISHING_CONFIG,
  runVanishingPair,
  validateVanishingConfig,
  type VanishingActivation,
  type VanishingConfig,
  type VanishingRun,
} from './model/vanishing';

/** Ready-made settings: the default (Xavier) and one where ReLU's gradients explode. */
export const VANISHING_PRESETS = {
  vanishing: { ...DEFAULT_VANISHING_CONFIG },
  exploding: { ...DEFAULT_VANISHING_CONFIG, scheme: 'uniform', range: 3, clipNorm: 0 },
} as const satisfies Record<string, VanishingConfig>;
export type VanishingPreset = keyof typeof VANISHING_PRESETS;

/**
 * The vanishing/exploding-gradient experiment, in a store of its own that loads with the section:
 * its settings, both runs, and the step being read.
 */
export interface VanishingGradientsState {
  config: VanishingConfig;
  /** Both activations' runs for config; null until first computed. */
  runs: Record<VanishingActivation, VanishingRun> | null;
  /** The step (1-based) whose norms the sentence and the table describe. */
  step: number;
  /** The last rejected setting's field and message, or null. */
  error: string | null;
  /** Computes the runs for the current settings if they are missing. */
  ensureRuns: () => void;
  /** Changes some settings and recomputes both runs; an invalid setting is rejected. */
  setConfig: (change: Partial<VanishingConfig>) => void;
  applyPreset: (preset: VanishingPreset) => void;
  setStep: (step: number) => void;
}

export const useVanishingGradientsStore = create<VanishingGradientsState>()((set, get) => ({
  config: { ...DEFAULT_VANISHING_CONFIG },
  runs: null,
  step: 1,
  error: null,

  ensureRuns: () => {
    if (get().runs === null) set({ runs: runVanishingPair(get().config) });
  },

  setConfig: (change) => {
    const config = { ...get().config, ...change };
    try {
      validateVanishingConfig(config);
    } catch (error) {
      if (error instanceof ConfigurationError) {
        set({ error: error.message });
        return;
      }
      throw error;
    }
    set({
      config,
      runs: runVanishingPair(config),
      step: Math.min(get().step, config.steps),
      error: null,
    });
  },

  applyPreset: (preset) => {
    set({ step: 1 });
    get().setConfig(VANISHING_PRESETS[preset]);
  },

  setStep: (step) => {
    const limit = get().config.steps;
    if (Number.isFinite(step)) set({ step: Math.min(limit, Math.max(1, Math.round(step))) });
  },
}));

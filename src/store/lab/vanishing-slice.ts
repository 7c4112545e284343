import type { StateCreator } from 'zustand';
import { ConfigurationError } from '../../core/errors';
import {
  DEFAULT_VANISHING_CONFIG,
  runVanishingPair,
  validateVanishingConfig,
  type VanishingActivation,
  type VanishingConfig,
  type VanishingRun,
} from '../../core/lab/vanishing';
import type { AppState } from '../store';

/** Ready-made settings: the default (Xavier) and one where ReLU's gradients explode. */
export const VANISHING_PRESETS = {
  vanishing: { ...DEFAULT_VANISHING_CONFIG },
  exploding: { ...DEFAULT_VANISHING_CONFIG, scheme: 'uniform', range: 3, clipNorm: 0 },
} as const satisfies Record<string, VanishingConfig>;
export type VanishingPreset = keyof typeof VANISHING_PRESETS;

/** The vanishing/exploding-gradient experiment: its settings, both runs, and the step being read. */
export interface VanishingSlice {
  vanishingConfig: VanishingConfig;
  /** Both activations' runs for vanishingConfig; null until first computed. */
  vanishingRuns: Record<VanishingActivation, VanishingRun> | null;
  /** The step (1-based) whose norms the sentence and the table describe. */
  vanishingStep: number;
  /** The last rejected setting's field and message, or null. */
  vanishingError: string | null;
  /** Computes the runs for the current settings if they are missing. */
  vanishingEnsureRuns: () => void;
  /** Changes some settings and recomputes both runs; an invalid setting is rejected. */
  vanishingSetConfig: (change: Partial<VanishingConfig>) => void;
  vanishingApplyPreset: (preset: VanishingPreset) => void;
  vanishingSetStep: (step: number) => void;
}

export const createVanishingSlice: StateCreator<AppState, [], [], VanishingSlice> = (set, get) => ({
  vanishingConfig: { ...DEFAULT_VANISHING_CONFIG },
  vanishingRuns: null,
  vanishingStep: 1,
  vanishingError: null,

  vanishingEnsureRuns: () => {
    if (get().vanishingRuns === null)
      set({ vanishingRuns: runVanishingPair(get().vanishingConfig) });
  },

  vanishingSetConfig: (change) => {
    const config = { ...get().vanishingConfig, ...change };
    try {
      validateVanishingConfig(config);
    } catch (error) {
      if (error instanceof ConfigurationError) {
        set({ vanishingError: error.message });
        return;
      }
      throw error;
    }
    set({
      vanishingConfig: config,
      vanishingRuns: runVanishingPair(config),
      vanishingStep: Math.min(get().vanishingStep, config.steps),
      vanishingError: null,
    });
  },

  vanishingApplyPreset: (preset) => {
    set({ vanishingStep: 1 });
    get().vanishingSetConfig(VANISHING_PRESETS[preset]);
  },

  vanishingSetStep: (step) => {
    const limit = get().vanishingConfig.steps;
    if (Number.isFinite(step))
      set({ vanishingStep: Math.min(limit, Math.max(1, Math.round(step))) });
  },
});

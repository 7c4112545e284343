import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** The significant figures of every number the exercise shows, unless the display asks for more. */
export const DEFAULT_SIGNIFICANT_FIGURES = 4;

/** The most significant digits Intl.NumberFormat accepts. */
const MOST_FIGURES = 21;

/** A whole number of significant figures in Intl's range 1–21 (the default when not finite). */
export function clampFigures(figures: number): number {
  if (!Number.isFinite(figures)) return DEFAULT_SIGNIFICANT_FIGURES;
  return Math.min(MOST_FIGURES, Math.max(1, Math.round(figures)));
}

/**
 * How the page is shown in a classroom: projector mode (the exercise alone, large and high in
 * contrast) and the blackout a presenter turns on to draw attention away from the screen; and the
 * precision of the exercise's numbers.
 */
export interface DisplaySlice {
  projector: boolean;
  blackout: boolean;
  /**
   * Significant figures of every number the exercise shows (values, gradients, losses) in the
   * diagram, its table, the read-outs, the live equations and the loss chart: 4 by default, more
   * for a hand calculation.
   */
  significantFigures: number;
  setProjector: (projector: boolean) => void;
  toggleBlackout: () => void;
  /** A whole number from 1 to 21 (Intl's range); anything else is rounded or clamped into it. */
  setSignificantFigures: (figures: number) => void;
}

export const createDisplaySlice: StateCreator<AppState, [], [], DisplaySlice> = (set, get) => ({
  projector: false,
  blackout: false,
  significantFigures: DEFAULT_SIGNIFICANT_FIGURES,
  // leaving projector mode also lifts a blackout: nothing stays hidden in the lesson
  setProjector: (projector) => set({ projector, blackout: projector && get().blackout }),
  toggleBlackout: () => set({ blackout: get().projector && !get().blackout }),
  setSignificantFigures: (figures) => set({ significantFigures: clampFigures(figures) }),
});

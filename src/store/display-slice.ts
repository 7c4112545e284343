import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/**
 * How the page is shown in a classroom: projector mode (the exercise alone, large and high in
 * contrast) and the blackout a presenter turns on to draw attention away from the screen.
 */
export interface DisplaySlice {
  projector: boolean;
  blackout: boolean;
  setProjector: (projector: boolean) => void;
  toggleBlackout: () => void;
}

export const createDisplaySlice: StateCreator<AppState, [], [], DisplaySlice> = (set, get) => ({
  projector: false,
  blackout: false,
  // leaving projector mode also lifts a blackout: nothing stays hidden in the lesson
  setProjector: (projector) => set({ projector, blackout: projector && get().blackout }),
  toggleBlackout: () => set({ blackout: get().projector && !get().blackout }),
});

import { create } from 'zustand';
import { createExerciseSlice, type ExerciseSlice } from './exercise-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';

/** The whole app state: one store made of slices. */
export type AppState = SettingsSlice & ExerciseSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createSettingsSlice(...args),
  ...createExerciseSlice(...args),
}));

/** The state a fresh page starts with; tests reset to it between cases. */
export const initialAppState = useAppStore.getState();

/** Puts the store back to its initial state (for tests and "reset everything"). */
export function resetAppStore(): void {
  useAppStore.setState(initialAppState, true);
}

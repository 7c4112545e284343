import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createChallengesSlice, type ChallengesSlice } from './challenges-slice';
import { createDisplaySlice, type DisplaySlice } from './display-slice';
import { createExerciseSlice, type ExerciseSlice } from './exercise-slice';
import { createLiveItemsSlice, type LiveItemsSlice } from './live-items-slice';
import { createPersistOptions } from './persistence';
import { createQuizSlice, type QuizSlice } from './quiz-slice';
import { createSafeStorage } from './safe-storage';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';

/**
 * The app's state: the exercise, settings, display and progress (quiz answers and the challenges
 * met). Each lab section keeps its own store, loaded with its code.
 */
export type AppState = SettingsSlice &
  DisplaySlice &
  ExerciseSlice &
  QuizSlice &
  ChallengesSlice &
  LiveItemsSlice;

/** The browser's storage behind the store; an LMS session turns it to memory only. */
export const appStorage = createSafeStorage(() => window.localStorage);

/** Saved in localStorage (language and quiz answers only), or in memory where that is refused. */
export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createSettingsSlice(...args),
      ...createDisplaySlice(...args),
      ...createExerciseSlice(...args),
      ...createQuizSlice(...args),
      ...createChallengesSlice(...args),
      ...createLiveItemsSlice(...args),
    }),
    createPersistOptions(appStorage),
  ),
);

/** The state a fresh page starts with, before anything is read from storage. */
export const initialAppState = useAppStore.getInitialState();

/** Puts the store back to its initial state (for tests and "reset everything"). */
export function resetAppStore(): void {
  useAppStore.setState(initialAppState, true);
}

import { useAppStore } from '../../../store/store';

/** The exercise's element id in the page: the lesson's placeholder, or the copy a section draws. */
export const EXERCISE_ELEMENT_ID = 'backprop-widget';

/** True while the exercise auto-trains. */
export function useExerciseRunning(): boolean {
  return useAppStore((state) => state.running);
}

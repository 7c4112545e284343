import { useRef } from 'react';
import { useFrameLoop } from '../../../ui/use-frame-loop';
import { ARCHITECTURE_SPEEDS, useArchitectureStore } from '../store';

const MAX_STEPS_PER_FRAME = 5000;

/**
 * Runs the training while the status is 'running': each animation frame does the speed's steps
 * (or, at maximum speed, as many as fit the frame's budget, resized from the last frame), then one
 * measurement that redraws the map. Pauses when the page is hidden or the section unmounts.
 */
export function useArchitectureLoop(): void {
  // at maximum speed: the steps one frame does, grown while they fit its budget, shrunk when not
  const maxSteps = useRef(20);
  useFrameLoop({
    running: useArchitectureStore((state) => state.status === 'running'),
    advance: ({ first, budgetMs }) => {
      const state = useArchitectureStore.getState();
      const perFrame = ARCHITECTURE_SPEEDS[state.speed];
      if (Number.isFinite(perFrame)) return state.advance(perFrame);
      if (first) maxSteps.current = 20;
      const start = performance.now();
      state.advance(maxSteps.current);
      const elapsed = performance.now() - start;
      if (elapsed < 0.8 * budgetMs) {
        maxSteps.current = Math.min(MAX_STEPS_PER_FRAME, Math.ceil(maxSteps.current * 1.25));
      } else if (elapsed > budgetMs) {
        maxSteps.current = Math.max(1, Math.floor(maxSteps.current * 0.8));
      }
    },
    stillRunning: () => useArchitectureStore.getState().status === 'running',
    pause: () => useArchitectureStore.getState().pause(),
  });
}

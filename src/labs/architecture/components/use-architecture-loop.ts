import { useEffect } from 'react';
import { ARCHITECTURE_SPEEDS, useArchitectureStore } from '../store';

/** At maximum speed, the training and drawing of one frame aim at this many milliseconds. */
const MAX_SPEED_BUDGET_MS = 10;
const MAX_STEPS_PER_FRAME = 5000;

/**
 * Runs the training while the status is 'running': each animation frame does the speed's steps
 * (or, at maximum speed, as many as fit the budget, resized from the last frame), then one
 * measurement that redraws the map. Pauses when the page is hidden or the section unmounts.
 */
export function useArchitectureLoop(): void {
  const running = useArchitectureStore((state) => state.status === 'running');
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    let maxSteps = 20;
    const tick = () => {
      const state = useArchitectureStore.getState();
      if (state.status !== 'running') return;
      const perFrame = ARCHITECTURE_SPEEDS[state.speed];
      if (Number.isFinite(perFrame)) {
        state.advance(perFrame);
      } else {
        const start = performance.now();
        state.advance(maxSteps);
        const elapsed = performance.now() - start;
        if (elapsed < 0.8 * MAX_SPEED_BUDGET_MS) {
          maxSteps = Math.min(MAX_STEPS_PER_FRAME, Math.ceil(maxSteps * 1.25));
        } else if (elapsed > MAX_SPEED_BUDGET_MS) {
          maxSteps = Math.max(1, Math.floor(maxSteps * 0.8));
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const onVisibility = () => {
      if (document.hidden) useArchitectureStore.getState().pause();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [running]);
  useEffect(() => () => useArchitectureStore.getState().pause(), []);
}

import { useEffect } from 'react';
import { useOptimizerRaceStore } from '../store';

/** Steps shown per animation frame; with reduced motion the race jumps in larger strides. */
const STEPS_PER_FRAME = 1;
const REDUCED_STEPS_PER_FRAME = 20;

/**
 * While the race runs, reveals more steps on each animation frame. Stops (pauses the race) when
 * the section unmounts or the page is hidden.
 */
export function useRaceLoop(): void {
  const running = useOptimizerRaceStore((state) => state.running);
  useEffect(() => {
    if (!running) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const stride = reduced ? REDUCED_STEPS_PER_FRAME : STEPS_PER_FRAME;
    let frame = 0;
    const tick = () => {
      useOptimizerRaceStore.getState().advance(stride);
      if (useOptimizerRaceStore.getState().running) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const hide = () => {
      if (document.hidden) useOptimizerRaceStore.getState().pause();
    };
    document.addEventListener('visibilitychange', hide);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', hide);
    };
  }, [running]);
  // leaving the page stops the race
  useEffect(() => () => useOptimizerRaceStore.getState().pause(), []);
}

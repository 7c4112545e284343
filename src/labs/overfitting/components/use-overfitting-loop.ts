import { useEffect } from 'react';
import { useOverfittingStore } from '../store';

/** Training steps per animation frame: two evaluations, so 2000 steps take about 100 frames. */
export const STEPS_PER_FRAME = 20;

/**
 * While the section runs, trains a chunk of steps on every animation frame. Stops when the run
 * stops, on pause, when the page is hidden, and when the section unmounts.
 */
export function useOverfittingLoop(): void {
  const running = useOverfittingStore((state) => state.running);
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    const tick = () => {
      const store = useOverfittingStore.getState();
      if (!store.running) return;
      store.advance(STEPS_PER_FRAME);
      if (useOverfittingStore.getState().running) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const onVisibility = () => {
      if (document.hidden) useOverfittingStore.getState().pause();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [running]);
  // leaving the page section pauses, so coming back does not resume on its own
  useEffect(() => () => useOverfittingStore.getState().pause(), []);
}

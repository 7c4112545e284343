import { useEffect } from 'react';
import { useAppStore } from '../../../store/store';

/** Training steps per animation frame: two evaluations, so 2000 steps take about 100 frames. */
export const STEPS_PER_FRAME = 20;

/**
 * While the section runs, trains a chunk of steps on every animation frame. Stops when the run
 * stops, on pause, when the page is hidden, and when the section unmounts.
 */
export function useOverfittingLoop(): void {
  const running = useAppStore((state) => state.overfittingRunning);
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    const tick = () => {
      const store = useAppStore.getState();
      if (!store.overfittingRunning) return;
      store.overfittingAdvance(STEPS_PER_FRAME);
      if (useAppStore.getState().overfittingRunning) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const onVisibility = () => {
      if (document.hidden) useAppStore.getState().overfittingPause();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [running]);
  // leaving the page section pauses, so coming back does not resume on its own
  useEffect(() => () => useAppStore.getState().overfittingPause(), []);
}

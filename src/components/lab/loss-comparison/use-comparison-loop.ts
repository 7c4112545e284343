import { useEffect } from 'react';
import { useAppStore } from '../../../store/store';

/** Steps of both networks per animation frame while training runs. */
export const STEPS_PER_FRAME = 5;

/**
 * Trains while lossComparisonRunning is on, STEPS_PER_FRAME steps per requestAnimationFrame;
 * pauses when the page is hidden and when the section unmounts.
 */
export function useComparisonLoop(): void {
  const running = useAppStore((state) => state.lossComparisonRunning);
  const advance = useAppStore((state) => state.lossComparisonAdvance);
  const pause = useAppStore((state) => state.lossComparisonPause);

  useEffect(() => {
    if (!running) return;
    let frame = 0;
    const tick = () => {
      advance(STEPS_PER_FRAME);
      if (useAppStore.getState().lossComparisonRunning) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const pauseWhenHidden = () => {
      if (document.hidden) pause();
    };
    document.addEventListener('visibilitychange', pauseWhenHidden);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', pauseWhenHidden);
    };
  }, [running, advance, pause]);

  useEffect(() => pause, [pause]);
}

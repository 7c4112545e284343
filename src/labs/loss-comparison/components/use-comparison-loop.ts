import { useEffect } from 'react';
import { useLossComparisonStore } from '../store';

/** Steps of both networks per animation frame while training runs. */
export const STEPS_PER_FRAME = 5;

/**
 * Trains while the store's `running` is on, STEPS_PER_FRAME steps per requestAnimationFrame;
 * pauses when the page is hidden and when the section unmounts.
 */
export function useComparisonLoop(): void {
  const running = useLossComparisonStore((state) => state.running);
  const advance = useLossComparisonStore((state) => state.advance);
  const pause = useLossComparisonStore((state) => state.pause);

  useEffect(() => {
    if (!running) return;
    let frame = 0;
    const tick = () => {
      advance(STEPS_PER_FRAME);
      if (useLossComparisonStore.getState().running) frame = requestAnimationFrame(tick);
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

import { useFrameLoop } from '../../../ui/use-frame-loop';
import { useOverfittingStore } from '../store';

/** Training steps per animation frame: two evaluations, so 2000 steps take about 100 frames. */
export const STEPS_PER_FRAME = 20;

/**
 * While the section runs, trains a chunk of steps on every animation frame. Stops when the run
 * stops, on pause, when the page is hidden, and when the section unmounts.
 */
export function useOverfittingLoop(): void {
  useFrameLoop({
    running: useOverfittingStore((state) => state.running),
    advance: () => useOverfittingStore.getState().advance(STEPS_PER_FRAME),
    stillRunning: () => useOverfittingStore.getState().running,
    pause: () => useOverfittingStore.getState().pause(),
  });
}

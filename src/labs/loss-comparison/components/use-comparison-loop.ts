import { useFrameLoop } from '../../../ui/use-frame-loop';
import { useLossComparisonStore } from '../store';

/** Steps of both networks per animation frame while training runs. */
export const STEPS_PER_FRAME = 5;

/**
 * Trains while the store's `running` is on, STEPS_PER_FRAME steps per animation frame; pauses
 * when the page is hidden and when the section unmounts.
 */
export function useComparisonLoop(): void {
  useFrameLoop({
    running: useLossComparisonStore((state) => state.running),
    advance: () => useLossComparisonStore.getState().advance(STEPS_PER_FRAME),
    stillRunning: () => useLossComparisonStore.getState().running,
    pause: () => useLossComparisonStore.getState().pause(),
  });
}

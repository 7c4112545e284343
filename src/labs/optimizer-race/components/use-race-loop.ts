import { useFrameLoop } from '../../../ui/use-frame-loop';
import { useOptimizerRaceStore } from '../store';

/** Steps shown per animation frame; with reduced motion the race jumps in larger strides. */
const STEPS_PER_FRAME = 1;
const REDUCED_STEPS_PER_FRAME = 20;

const prefersReducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * While the race runs, reveals more steps on each animation frame. Stops (pauses the race) when
 * the section unmounts or the page is hidden.
 */
export function useRaceLoop(): void {
  useFrameLoop({
    running: useOptimizerRaceStore((state) => state.running),
    advance: () =>
      useOptimizerRaceStore
        .getState()
        .advance(prefersReducedMotion() ? REDUCED_STEPS_PER_FRAME : STEPS_PER_FRAME),
    stillRunning: () => useOptimizerRaceStore.getState().running,
    pause: () => useOptimizerRaceStore.getState().pause(),
  });
}

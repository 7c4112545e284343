import { useCallback, useRef } from 'react';
import { useFrameLoop, type FrameTime } from '../../ui/use-frame-loop';
import { AUTO_SPEEDS, workDue } from '../../store/auto-speed';
import { useAppStore } from '../../store/store';

/**
 * Iterations in the first call of a frame at maximum speed. Every call ends by tracing one
 * iteration through the graph for the diagram and notifies the store's subscribers, so the rest
 * of the frame's budget is filled with few, larger calls sized from the pace of the first.
 */
const CHUNK = 64;

/** At maximum speed: iterations in calls sized from their pace until `budgetMs` is spent. */
function trainFor(budgetMs: number): void {
  const start = performance.now();
  let count = CHUNK;
  let done = 0;
  for (;;) {
    useAppStore.getState().autoIterations(count);
    done += count;
    const elapsed = performance.now() - start;
    if (!useAppStore.getState().running || elapsed >= budgetMs) break;
    const fits = Math.floor((0.9 * (budgetMs - elapsed) * done) / elapsed);
    count = Math.min(4 * count, Math.max(CHUNK, fits));
  }
}

/**
 * Drives "Treinar automático" through the shared frame loop: on every animation frame, runs the
 * phases or iterations due at the chosen speed (at maximum speed, as many as fit in the frame's
 * budget, which shrinks when frames come late). Pauses when the tab is hidden.
 */
export function useAutoTrain(): void {
  const running = useAppStore((state) => state.running);
  // milliseconds of speed not yet turned into work, carried to the next frame
  const carry = useRef(0);
  const advance = useCallback(({ elapsedMs, first, budgetMs }: FrameTime) => {
    const store = useAppStore.getState();
    // AUTO_SPEEDS is a non-empty constant list, so its first speed exists.
    const speed = AUTO_SPEEDS[store.speed] ?? AUTO_SPEEDS[0]!;
    const due = workDue(speed, (first ? 0 : carry.current) + elapsedMs);
    carry.current = due.carryMs;
    if (due.phases > 0) store.autoPhases(due.phases);
    else if (!Number.isFinite(due.iterations)) trainFor(budgetMs);
    else if (due.iterations > 0) store.autoIterations(due.iterations);
  }, []);
  useFrameLoop({
    running,
    advance,
    stillRunning: () => useAppStore.getState().running,
    pause: () => useAppStore.getState().pauseAuto(),
    // the exercise stops only when the learner (or a stop rule) says so
    pauseOnUnmount: false,
  });
}

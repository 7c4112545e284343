import { useEffect } from 'react';
import { AUTO_SPEEDS, FRAME_BUDGET_MS, workDue } from '../store/auto-speed';
import { useAppStore } from '../store/store';
import { nextTrainingBudget } from './frame-budget';

/**
 * Iterations in the first call of a frame at maximum speed. Every call ends by tracing one
 * iteration through the graph for the diagram and notifies the store's subscribers, so the rest
 * of the frame's budget is filled with few, larger calls sized from the pace of the first.
 */
const CHUNK = 64;

/**
 * Drives "Treinar automático": on every animation frame, runs the phases or iterations due at the
 * chosen speed (at maximum speed, as many as fit in the frame's training budget, which shrinks when
 * frames come late: see frame-budget.ts). Pauses when the tab is hidden.
 */
export function useAutoTrain(): void {
  const running = useAppStore((state) => state.running);
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    let last = performance.now();
    let carry = 0;
    let trainingMs = FRAME_BUDGET_MS;
    let previousFrame: number | null = null;
    const tick = (now: number) => {
      const store = useAppStore.getState();
      if (!store.running) return;
      const speed = AUTO_SPEEDS[store.speed] ?? AUTO_SPEEDS[0]!;
      const due = workDue(speed, carry + Math.min(now - last, 250));
      last = now;
      carry = due.carryMs;
      if (due.phases > 0) {
        store.autoPhases(due.phases);
      } else if (Number.isFinite(due.iterations)) {
        if (due.iterations > 0) store.autoIterations(due.iterations);
      } else {
        if (previousFrame !== null)
          trainingMs = nextTrainingBudget(trainingMs, now - previousFrame);
        const start = performance.now();
        let count = CHUNK;
        let done = 0;
        for (;;) {
          useAppStore.getState().autoIterations(count);
          done += count;
          const elapsed = performance.now() - start;
          if (!useAppStore.getState().running || elapsed >= trainingMs) break;
          const fits = Math.floor((0.9 * (trainingMs - elapsed) * done) / elapsed);
          count = Math.min(4 * count, Math.max(CHUNK, fits));
        }
      }
      previousFrame = now;
      if (useAppStore.getState().running) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const onVisibility = () => {
      if (document.hidden) useAppStore.getState().pauseAuto();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [running]);
}

import { useEffect } from 'react';
import { AUTO_SPEEDS, FRAME_BUDGET_MS, workDue } from '../store/auto-speed';
import { useAppStore } from '../store/store';

/** Iterations per chunk at maximum speed; chunks repeat until the frame budget is spent. */
const CHUNK = 64;

/**
 * Drives "Treinar automático": on every animation frame, runs the phases or iterations due at the
 * chosen speed (at maximum speed, as many as fit in FRAME_BUDGET_MS). Pauses when the tab is hidden.
 */
export function useAutoTrain(): void {
  const running = useAppStore((state) => state.running);
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    let last = performance.now();
    let carry = 0;
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
        const start = performance.now();
        do {
          useAppStore.getState().autoIterations(CHUNK);
        } while (useAppStore.getState().running && performance.now() - start < FRAME_BUDGET_MS);
      }
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

import { useEffect, useRef } from 'react';
import { FRAME_BUDGET_MS } from '../store/auto-speed';
import { nextTrainingBudget } from './frame-budget';

/** What one animation frame of a loop is given. */
export interface FrameTime {
  /** When the frame started (requestAnimationFrame's time stamp), in ms. */
  now: number;
  /** ms since the previous frame of this loop (0 on the first), at most MAX_ELAPSED_MS. */
  elapsedMs: number;
  /** The loop's first frame since it (re)started. */
  first: boolean;
  /**
   * ms of this frame the work may take at maximum speed: the one policy of frame-budget.ts,
   * halved after a late frame and grown back slowly, so drawing keeps its frame rate.
   */
  budgetMs: number;
}

export interface FrameLoop {
  /** Whether the loop runs; it starts and stops with this flag. */
  running: boolean;
  /** One frame's work. */
  advance: (time: FrameTime) => void;
  /** Read after each frame: false ends the loop (the work may stop itself: a target, an end). */
  stillRunning: () => boolean;
  /** Stops the work: called when the page is hidden and (unless told not to) on unmount. */
  pause: () => void;
  /** Pause when the component unmounts (default true; the exercise's own controls decide). */
  pauseOnUnmount?: boolean;
}

/** A stalled tab does not catch up: longer gaps between frames count as this long. */
export const MAX_ELAPSED_MS = 250;

/**
 * The frame loop every animation of the app shares (the exercise's auto-training and each lab
 * section's): while `running`, calls `advance` once per animation frame with the time it may
 * use, until `stillRunning()` is false; pauses when the page is hidden or the component unmounts.
 */
export function useFrameLoop({
  running,
  advance,
  stillRunning,
  pause,
  pauseOnUnmount = true,
}: FrameLoop): void {
  // the latest callbacks, without restarting the loop when a caller passes new closures
  const callbacks = useRef({ advance, stillRunning, pause });
  useEffect(() => {
    callbacks.current = { advance, stillRunning, pause };
  });

  useEffect(() => {
    if (!running) return;
    let frame = 0;
    let previous: number | null = null;
    let budgetMs = FRAME_BUDGET_MS;
    const tick = (now: number) => {
      if (!callbacks.current.stillRunning()) return;
      const first = previous === null;
      const sincePrevious = previous === null ? 0 : now - previous;
      if (!first) budgetMs = nextTrainingBudget(budgetMs, sincePrevious);
      previous = now;
      callbacks.current.advance({
        now,
        elapsedMs: Math.min(sincePrevious, MAX_ELAPSED_MS),
        first,
        budgetMs,
      });
      if (callbacks.current.stillRunning()) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const onVisibility = () => {
      if (document.hidden) callbacks.current.pause();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [running]);

  // leaving the page (or the section) pauses, so coming back does not resume on its own
  useEffect(() => {
    if (!pauseOnUnmount) return;
    return () => callbacks.current.pause();
  }, [pauseOnUnmount]);
}

import { FRAME_BUDGET_MS } from '../store/auto-speed';

/** The least time a frame at maximum speed still gives to training. */
export const MIN_TRAINING_MS = 1;

/** Time between two frames beyond which at least one frame of a 60 Hz display was dropped. */
export const LATE_FRAME_MS = 1.5 * (1000 / 60);

/**
 * Milliseconds of the next frame to spend training at maximum speed, given this frame's share and
 * the time since the previous frame: halved after a late frame (drawing and the rest of the page
 * need the time), grown back by a tenth of a millisecond after one on time, within
 * [MIN_TRAINING_MS, FRAME_BUDGET_MS]. Maximum speed is then as fast as the page can train while
 * keeping its frame rate: quick to yield, slow to take the time back.
 */
export function nextTrainingBudget(trainingMs: number, sinceLastFrameMs: number): number {
  return sinceLastFrameMs > LATE_FRAME_MS
    ? Math.max(MIN_TRAINING_MS, trainingMs / 2)
    : Math.min(FRAME_BUDGET_MS, trainingMs + 0.1);
}

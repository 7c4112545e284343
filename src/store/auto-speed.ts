/**
 * Auto-training speeds, slowest first: slow motion reveals one phase at a time (for a projector),
 * then whole iterations per second, up to as many as fit in a frame's time budget.
 */
export type AutoSpeed =
  { kind: 'phases'; millisecondsPerPhase: number } | { kind: 'iterations'; perSecond: number };

export const AUTO_SPEEDS: readonly AutoSpeed[] = [
  { kind: 'phases', millisecondsPerPhase: 900 },
  { kind: 'phases', millisecondsPerPhase: 300 },
  { kind: 'iterations', perSecond: 5 },
  { kind: 'iterations', perSecond: 50 },
  { kind: 'iterations', perSecond: 500 },
  { kind: 'iterations', perSecond: 5_000 },
  { kind: 'iterations', perSecond: Number.POSITIVE_INFINITY },
];

export const DEFAULT_SPEED = 4;

/** Milliseconds of each animation frame that maximum speed may spend training. */
export const FRAME_BUDGET_MS = 8;

/**
 * How much work a frame does at `speed`, given the time carried over from earlier frames:
 * whole phases or iterations due, and the time left over for the next frame.
 */
export function workDue(
  speed: AutoSpeed,
  elapsedMs: number,
): { phases: number; iterations: number; carryMs: number } {
  if (speed.kind === 'phases') {
    const phases = Math.floor(elapsedMs / speed.millisecondsPerPhase);
    return { phases, iterations: 0, carryMs: elapsedMs - phases * speed.millisecondsPerPhase };
  }
  if (!Number.isFinite(speed.perSecond)) return { phases: 0, iterations: Infinity, carryMs: 0 };
  const iterations = Math.floor((elapsedMs * speed.perSecond) / 1000);
  return { phases: 0, iterations, carryMs: elapsedMs - (iterations * 1000) / speed.perSecond };
}

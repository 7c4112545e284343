/** The recorded losses of the exercise: iteration t and J(θ_t), ascending in t. */
export interface RecordedLosses {
  iterations: readonly number[];
  losses: readonly number[];
}

/** How the loss moved over a stretch of at least `length` iterations, ending at the latest record. */
export interface LossWindow {
  fromIteration: number;
  toIteration: number;
  /** J at the start and at the end of the stretch. */
  fromLoss: number;
  toLoss: number;
  /** (J_end − J_start) / J_start: negative when the loss fell. */
  relativeChange: number;
}

/** Index of the last recorded iteration ≤ `iteration`, or −1 (binary search: records ascend). */
function lastAtOrBefore(iterations: readonly number[], iteration: number): number {
  let low = 0;
  let high = iterations.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((iterations[middle] as number) <= iteration) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Index of the first recorded iteration ≥ `iteration`, or `iterations.length`. */
function firstAtOrAfter(iterations: readonly number[], iteration: number): number {
  return lastAtOrBefore(iterations, iteration - 1) + 1;
}

/** The stretch between two records, or null when J_start is not positive or J_end not finite. */
function stretch(recorded: RecordedLosses, start: number, end: number): LossWindow | null {
  const fromLoss = recorded.losses[start] as number;
  const toLoss = recorded.losses[end] as number;
  if (!(fromLoss > 0) || !Number.isFinite(toLoss)) return null;
  return {
    fromIteration: recorded.iterations[start] as number,
    toIteration: recorded.iterations[end] as number,
    fromLoss,
    toLoss,
    relativeChange: (toLoss - fromLoss) / fromLoss,
  };
}

/**
 * The stretch from the first record at or after `earliest` to the latest record; null when it
 * spans fewer than `length` iterations.
 */
export function lossSince(
  recorded: RecordedLosses,
  earliest: number,
  length: number,
): LossWindow | null {
  const last = recorded.iterations.length - 1;
  const start = firstAtOrAfter(recorded.iterations, earliest);
  if (last < 0 || start > last) return null;
  if ((recorded.iterations[last] as number) - (recorded.iterations[start] as number) < length) {
    return null;
  }
  return stretch(recorded, start, last);
}

/**
 * The stretch from the record nearest to (latest − length), not before `earliest`, to the latest
 * record; null when the records since `earliest` span fewer than `length` iterations or J_start ≤ 0.
 * Records thin out (every 2nd, 4th… iteration) on long runs, so the stretch may be a little longer.
 */
export function latestLossWindow(
  recorded: RecordedLosses,
  earliest: number,
  length: number,
): LossWindow | null {
  const last = recorded.iterations.length - 1;
  if (last < 0) return null;
  const toIteration = recorded.iterations[last] as number;
  const start = lastAtOrBefore(recorded.iterations, toIteration - length);
  if (start < 0) return null;
  if ((recorded.iterations[start] as number) < earliest) return null;
  return stretch(recorded, start, last);
}

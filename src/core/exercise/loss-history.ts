/**
 * A bounded record of the loss over training: at most `capacity` points. When full, every second
 * point is dropped and the stride doubles, so a run of any length keeps an even sample of its whole
 * history in O(capacity) memory. The latest recorded point is always kept, on the stride or not
 * (until a newer one replaces it): the read-outs show the current iteration's loss from it, and the
 * chart and its summary end at the true last iteration.
 */
export interface LossHistory {
  /** Iterations between two sampled points; only the last point may lie closer to the one before. */
  stride: number;
  capacity: number;
  iterations: number[];
  losses: number[];
}

export const DEFAULT_HISTORY_CAPACITY = 2048;

export function createLossHistory(capacity = DEFAULT_HISTORY_CAPACITY): LossHistory {
  return { stride: 1, capacity: Math.max(2, Math.floor(capacity)), iterations: [], losses: [] };
}

/**
 * The history with the losses of iterations firstIteration, firstIteration + 1, … appended.
 * Non-finite losses are never recorded. Returns a new object; the input is not modified.
 */
export function appendLosses(
  history: LossHistory,
  firstIteration: number,
  losses: ArrayLike<number>,
): LossHistory {
  let stride = history.stride;
  let iterations = history.iterations.slice();
  let values = history.losses.slice();
  for (let index = 0; index < losses.length; index++) {
    const iteration = firstIteration + index;
    const loss = losses[index]!; // index < losses.length
    if (!Number.isFinite(loss)) continue;
    // the previous latest point was kept only for being the latest: off the stride, it goes now
    const previous = iterations[iterations.length - 1];
    if (previous !== undefined && previous % stride !== 0) {
      iterations.pop();
      values.pop();
    }
    iterations.push(iteration);
    values.push(loss);
    if (iterations.length >= history.capacity) {
      stride *= 2;
      const latest = iterations.length - 1;
      const keep = iterations.map((recorded, at) => recorded % stride === 0 || at === latest);
      iterations = iterations.filter((_, at) => keep[at]);
      values = values.filter((_, at) => keep[at]);
    }
  }
  return { stride, capacity: history.capacity, iterations, losses: values };
}

/** The point recorded at `at`; iterations and losses are parallel (appendLosses pushes both). */
function pointAt(history: LossHistory, at: number): { iteration: number; loss: number } {
  const iteration = history.iterations[at];
  const loss = history.losses[at];
  if (iteration === undefined || loss === undefined) {
    throw new Error(`loss history: no point ${at}; iterations and losses must have equal lengths`);
  }
  return { iteration, loss };
}

/** At most `maximum` evenly spaced points of the history, always keeping the latest one. */
export function downsample(
  history: LossHistory,
  maximum: number,
): { iteration: number; loss: number }[] {
  const count = history.iterations.length;
  const step = Math.max(1, Math.ceil(count / Math.max(1, maximum)));
  const points: { iteration: number; loss: number }[] = [];
  for (let at = 0; at < count; at += step) {
    points.push(pointAt(history, at));
  }
  const last = count - 1;
  if (count > 0 && (last % step !== 0 || points.length === 0)) {
    if (points.length >= maximum) points.pop();
    points.push(pointAt(history, last));
  }
  return points;
}

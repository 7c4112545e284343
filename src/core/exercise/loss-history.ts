/**
 * A bounded record of the loss over training: at most `capacity` points. When full, every second
 * point is dropped and the stride doubles, so a run of any length keeps an even sample of its whole
 * history in O(capacity) memory.
 */
export interface LossHistory {
  /** Iterations between two recorded points. */
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
    const loss = losses[index] as number;
    if (iteration % stride !== 0 || !Number.isFinite(loss)) continue;
    iterations.push(iteration);
    values.push(loss);
    if (iterations.length >= history.capacity) {
      stride *= 2;
      const keep = iterations.map((recorded, at) => (recorded % stride === 0 ? at : -1));
      iterations = keep.filter((at) => at >= 0).map((at) => iterations[at] as number);
      values = keep.filter((at) => at >= 0).map((at) => values[at] as number);
    }
  }
  return { stride, capacity: history.capacity, iterations, losses: values };
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
    points.push({
      iteration: history.iterations[at] as number,
      loss: history.losses[at] as number,
    });
  }
  const last = count - 1;
  if (count > 0 && (last % step !== 0 || points.length === 0)) {
    if (points.length >= maximum) points.pop();
    points.push({
      iteration: history.iterations[last] as number,
      loss: history.losses[last] as number,
    });
  }
  return points;
}

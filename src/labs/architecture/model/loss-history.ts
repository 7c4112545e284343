/** At most this many points are kept; when full, every other one is dropped and the spacing doubles. */
export const LOSS_HISTORY_CAPACITY = 256;

/** Training and test loss over the steps, sampled every `stride` steps (plain, growable arrays). */
export interface LossHistory {
  steps: number[];
  trainLoss: number[];
  /** NaN where there is no test set. */
  testLoss: number[];
  /** Steps between kept points: 1, then doubled each time the history fills. */
  stride: number;
}

export function createLossHistory(): LossHistory {
  return { steps: [], trainLoss: [], testLoss: [], stride: 1 };
}

/** Empties the history, back to one point per measurement. */
export function clearLossHistory(history: LossHistory): void {
  history.steps.length = history.trainLoss.length = history.testLoss.length = 0;
  history.stride = 1;
}

/** Keeps every other point (the first always stays), so the history spans twice the steps. */
function halve(history: LossHistory): void {
  const keep = (_value: number, index: number) => index % 2 === 0;
  history.steps = history.steps.filter(keep);
  history.trainLoss = history.trainLoss.filter(keep);
  history.testLoss = history.testLoss.filter(keep);
  history.stride *= 2;
}

/**
 * Records the losses at `step` when it is stride steps past the last point kept (or the first
 * one); a step not after the last one (a reset) starts the history again.
 */
export function recordLoss(
  history: LossHistory,
  step: number,
  trainLoss: number,
  testLoss: number | null,
): void {
  const last = history.steps.at(-1);
  if (last !== undefined && step <= last) clearLossHistory(history);
  const previous = history.steps.at(-1);
  if (previous !== undefined && step - previous < history.stride) return;
  history.steps.push(step);
  history.trainLoss.push(trainLoss);
  history.testLoss.push(testLoss ?? Number.NaN);
  if (history.steps.length > LOSS_HISTORY_CAPACITY) halve(history);
}

import type { LossHistory } from '../model/loss-history';

/** Polyline points ("x,y x,y …") of the training and the test loss; the test one is empty without a test set. */
export interface SparklinePoints {
  train: string;
  test: string;
}

/**
 * Steps from the first to the last kept across [0, width], loss from 0 (bottom) to the largest
 * finite loss of either series (top) across [height, 0]; non-finite values are left out.
 */
export function sparklinePoints(
  history: LossHistory,
  width: number,
  height: number,
): SparklinePoints {
  const { steps, trainLoss, testLoss } = history;
  const first = steps[0] ?? 0;
  const span = Math.max(1, (steps.at(-1) ?? 0) - first);
  let largest = 0;
  for (const value of [...trainLoss, ...testLoss]) {
    if (Number.isFinite(value) && value > largest) largest = value;
  }
  const top = largest > 0 ? largest : 1;
  const line = (values: readonly number[]) =>
    values
      .map((value, index) =>
        Number.isFinite(value)
          ? `${(((steps[index]! - first) / span) * width).toFixed(1)},${(height - (value / top) * height).toFixed(1)}`
          : '',
      )
      .filter((point) => point !== '')
      .join(' ');
  return { train: line(trainLoss), test: line(testLoss) };
}

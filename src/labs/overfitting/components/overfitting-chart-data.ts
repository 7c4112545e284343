import type { LossRecord } from '../model/overfitting';

/** A chart row; a loss is null where the log axis cannot draw it (≤ 0 or not finite). */
export interface ChartRow {
  step: number;
  train: number | null;
  validation: number | null;
}

const drawable = (value: number, logScale: boolean) =>
  Number.isFinite(value) && (!logScale || value > 0) ? value : null;

/** The records as chart rows for a linear or log vertical axis. */
export function chartRows(records: readonly LossRecord[], logScale: boolean): ChartRow[] {
  return records.map((record) => ({
    step: record.step,
    train: drawable(record.train, logScale),
    validation: drawable(record.validation, logScale),
  }));
}

/** The smallest of 1, 2, 2.5, 5 × 10ᵏ that is ≥ value (value > 0). */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const factor = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= value) ?? 10;
  return factor * power;
}

/** Vertical range: [0, a round number ≥ max] linear; [min/1.25, 1.25·max] on a log axis. */
export function lossRange(rows: readonly ChartRow[], logScale: boolean): [number, number] {
  const values = rows.flatMap((row) => [row.train, row.validation]).filter((v) => v !== null);
  if (values.length === 0) return logScale ? [0.01, 1] : [0, 1];
  const high = Math.max(...values);
  const low = Math.min(...values);
  if (logScale) return [low / 1.25, high * 1.25];
  // four ticks at multiples of a round step, the last one at or above the highest loss
  return [0, high > 0 ? 4 * niceCeiling(high / 4) : 1];
}

/** Step axis: from 0 to a multiple of a round tick spacing that covers `lastStep` (at least `minimum`). */
export function stepTicks(lastStep: number, minimum: number): number[] {
  const spacing = niceCeiling(Math.max(lastStep, minimum) / 5);
  const count = Math.ceil(Math.max(lastStep, minimum) / spacing);
  return Array.from({ length: count + 1 }, (_, index) => index * spacing);
}

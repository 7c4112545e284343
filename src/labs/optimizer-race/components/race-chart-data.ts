import { OPTIMIZERS, type OptimizerName } from '../../../core/training/optimizers';

/** One row of the race chart: the step and each optimizer's loss there. */
export type RaceRow = { step: number } & Partial<Record<OptimizerName, number>>;

/** Rows t = 0 … step of the loss series (non-positive losses are left out of a log axis). */
export function raceChartRows(losses: Record<OptimizerName, number[]>, step: number): RaceRow[] {
  const rows: RaceRow[] = [];
  for (let index = 0; index <= step; index++) {
    const row: RaceRow = { step: index };
    for (const name of OPTIMIZERS) {
      const value = losses[name][index];
      if (value !== undefined && value > 0 && Number.isFinite(value)) row[name] = value;
    }
    rows.push(row);
  }
  return rows;
}

export { logTicks } from '../../shared/series/log-axis';

import { SCHEDULES, type ScheduleName } from '../../../core/training/schedules';
import { seriesStyles } from '../../shared/series/series-style';

/** How each schedule is drawn: colour (≥ 3:1 on white), dash pattern and marker shape. */
export const SCHEDULE_SERIES = seriesStyles(SCHEDULES);

export { markerPath } from '../../shared/series/series-style';
export { logTicks } from '../../shared/series/log-axis';

/** One chart row: the step t and each schedule's value there (t, not "step": a schedule is named so). */
export type ScheduleRow = { t: number } & Partial<Record<ScheduleName, number>>;

/**
 * Rows for the chart, at most about `limit` of them: every k-th step t (and the last one) of
 * per-schedule series; values a log axis cannot show (≤ 0) are left out.
 */
export function scheduleRows(
  series: readonly { name: ScheduleName; values: readonly number[] }[],
  positiveOnly: boolean,
  limit = 200,
): ScheduleRow[] {
  const length = Math.max(0, ...series.map(({ values }) => values.length));
  const stride = Math.max(1, Math.ceil(length / limit));
  const steps: number[] = [];
  for (let t = 0; t < length; t += stride) steps.push(t);
  if (length > 0 && steps.at(-1) !== length - 1) steps.push(length - 1);
  return steps.map((t) => {
    const row: ScheduleRow = { t };
    for (const { name, values } of series) {
      const value = values[t];
      if (value === undefined || !Number.isFinite(value) || (positiveOnly && value <= 0)) continue;
      row[name] = value;
    }
    return row;
  });
}

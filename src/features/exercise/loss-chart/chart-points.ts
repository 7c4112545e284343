import { downsample, type LossHistory } from '../../../core/exercise/loss-history';

/** One plotted point: the mean loss J(θ_t) at iteration t. */
export interface LossPoint {
  iteration: number;
  loss: number;
}

/** The most points the chart ever draws, however long training ran. */
export const CHART_POINT_LIMIT = 1000;

/** How many of the latest losses the text alternative lists. */
export const RECENT_POINT_COUNT = 10;

/** What the chart draws, and how many points a log axis had to leave out. */
export interface ChartPoints {
  points: LossPoint[];
  /** Finite points dropped because a log axis cannot show loss ≤ 0. */
  omitted: number;
}

const plottable = (point: LossPoint): boolean =>
  Number.isFinite(point.iteration) && Number.isFinite(point.loss);

/**
 * At most `maximum` evenly spaced points of the history, only finite ones; on a log axis only
 * those with a positive loss, since log 0 and the log of a negative number do not exist.
 */
export function chartPoints(history: LossHistory, maximum: number, logScale: boolean): ChartPoints {
  const finite = downsample(history, maximum).filter(plottable);
  if (!logScale) return { points: finite, omitted: 0 };
  const points = finite.filter((point) => point.loss > 0);
  return { points, omitted: finite.length - points.length };
}

/** The last `count` finite recorded losses, oldest first. */
export function recentPoints(history: LossHistory, count: number): LossPoint[] {
  const points: LossPoint[] = [];
  for (let at = history.iterations.length - 1; at >= 0 && points.length < count; at--) {
    const point = {
      iteration: history.iterations[at] as number,
      loss: history.losses[at] as number,
    };
    if (plottable(point)) points.unshift(point);
  }
  return points;
}

/** The iteration axis: from 0 to the latest plotted iteration, so it grows as training runs. */
export function iterationDomain(points: readonly LossPoint[]): [number, number] {
  const last = points[points.length - 1]?.iteration ?? 0;
  return [0, Math.max(1, last)];
}

/**
 * The loss axis: from 0 up to a round value recharts picks on a linear axis; on a log axis from the
 * smallest to the largest loss, widened tenfold either way when all are equal (log needs a span).
 */
export function lossDomain(
  points: readonly LossPoint[],
  logScale: boolean,
): [number, number | 'auto'] {
  if (!logScale) return [0, 'auto'];
  if (points.length === 0) return [0.1, 1];
  const losses = points.map((point) => point.loss);
  const smallest = Math.min(...losses);
  const largest = Math.max(...losses);
  return smallest < largest ? [smallest, largest] : [smallest / 10, largest * 10];
}

/** The sentence the chart's text alternative opens with: how many iterations, first and last loss. */
export interface LossSummary {
  iterations: number;
  first: number;
  last: number;
}

/**
 * Iterations spanned and the first and last finite losses; null when nothing is recorded yet. The
 * history always keeps its latest iteration, so past its capacity this is still the true count.
 */
export function lossSummary(history: LossHistory): LossSummary | null {
  const finite = history.iterations
    .map((iteration, at) => ({ iteration, loss: history.losses[at] as number }))
    .filter(plottable);
  const first = finite[0];
  const last = finite[finite.length - 1];
  if (!first || !last) return null;
  return { iterations: last.iteration - first.iteration + 1, first: first.loss, last: last.loss };
}

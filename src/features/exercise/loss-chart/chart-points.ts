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
 * The loss axis: from 0 up to a round value recharts picks on a linear axis; on a log axis the
 * round span logAxis gives around the smallest and largest loss.
 */
export function lossDomain(
  points: readonly LossPoint[],
  logScale: boolean,
): [number, number | 'auto'] {
  if (!logScale) return [0, 'auto'];
  if (points.length === 0) return [0.1, 1];
  return logTicks(points).domain;
}

/** The log axis (domain and ticks) for these points' losses, all > 0. */
export function logTicks(points: readonly LossPoint[]): {
  domain: [number, number];
  ticks: number[];
} {
  if (points.length === 0) return { domain: [0.1, 1], ticks: [0.1, 0.2, 0.5, 1] };
  const losses = points.map((point) => point.loss);
  return logAxis(Math.min(...losses), Math.max(...losses));
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

/**
 * Recorded points after which the loss axis turns logarithmic by itself: the first few losses
 * differ little and read best on a linear axis; once training runs, the loss falls by decades
 * and a linear axis flattens all but the start. The learner's checkbox overrides either way.
 */
export const AUTO_LOG_AFTER = 10;

/** Whether the loss axis is logarithmic: the learner's choice, else automatic (AUTO_LOG_AFTER). */
export function logScaleFor(choice: boolean | null, recorded: number): boolean {
  return choice ?? recorded > AUTO_LOG_AFTER;
}

/** The steps 1, 2, 5 of every decade, from 10^low to 10^high. */
function niceSteps(low: number, high: number): number[] {
  const steps: number[] = [];
  for (let exponent = low; exponent <= high; exponent++)
    for (const step of [1, 2, 5]) steps.push(Number(`${step}e${exponent}`));
  return steps;
}

/**
 * A log axis for losses from `smallest` to `largest` (> 0): the domain widened out to the nearest
 * 1, 2 or 5·10ᵏ either side, so both ends are round ticks; the ticks at those steps, or only the
 * powers of ten when the curve spans more than two decades.
 */
export function logAxis(
  smallest: number,
  largest: number,
): { domain: [number, number]; ticks: number[] } {
  const steps = niceSteps(Math.floor(Math.log10(smallest)) - 1, Math.ceil(Math.log10(largest)) + 1);
  let low = [...steps].reverse().find((step) => step <= smallest * (1 + 1e-12)) ?? smallest;
  let top = steps.find((step) => step >= largest * (1 - 1e-12)) ?? largest;
  if (top <= low) {
    // one loss value: a step either side, so the point sits inside a span
    low = [...steps].reverse().find((step) => step < smallest) ?? smallest / 10;
    top = steps.find((step) => step > largest) ?? largest * 10;
  }
  const inside = steps.filter((step) => step >= low && step <= top);
  const powers = inside.filter((step) => Number.isInteger(Math.log10(step)));
  return { domain: [low, top], ticks: powers.length >= 3 ? powers : inside };
}

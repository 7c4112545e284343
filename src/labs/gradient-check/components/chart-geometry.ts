import type { SweepPoint } from '../model/gradient-check';

/** The chart's size and margins, in SVG user units. */
export const CHART = { width: 420, height: 250, left: 56, right: 14, top: 14, bottom: 40 } as const;

/** A relative error of exactly 0 has no logarithm: it is drawn on this floor. */
export const ERROR_FLOOR = 1e-17;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10 to an integer power as text: 10⁻¹², 10⁰. */
export function powerOfTen(exponent: number): string {
  const digits = String(Math.abs(exponent))
    .split('')
    .map((digit) => SUPERSCRIPT_DIGITS[Number(digit)])
    .join('');
  return `10${exponent < 0 ? '⁻' : ''}${digits}`;
}

/** log₁₀ of an error, with 0 on the floor and non-finite values left out (null). */
export function errorExponent(error: number): number | null {
  if (!Number.isFinite(error)) return null;
  return Math.log10(Math.max(error, ERROR_FLOOR));
}

export interface ChartScales {
  /** x of log₁₀ h. */
  x: (stepExponent: number) => number;
  /** y of log₁₀ error. */
  y: (errorExponentValue: number) => number;
  xTicks: number[];
  yTicks: number[];
}

/** Log-log scales: x over the sweep's h, y from the smallest error's decade up to 10⁰. */
export function chartScales(sweep: readonly SweepPoint[]): ChartScales {
  const stepExponents = sweep.map((point) => Math.log10(point.step));
  const xMinimum = Math.floor(Math.min(...stepExponents));
  const xMaximum = Math.ceil(Math.max(...stepExponents));
  const errors = sweep
    .flatMap((point) => [errorExponent(point.centralError), errorExponent(point.forwardError)])
    .filter((value): value is number => value !== null);
  const yMinimum = Math.floor(Math.min(0, ...errors)) - 1; // a decade of room under the V
  const yMaximum = Math.max(1, Math.ceil(Math.max(...errors)));
  const { width, height, left, right, top, bottom } = CHART;
  const x = (value: number) =>
    left + ((value - xMinimum) / (xMaximum - xMinimum || 1)) * (width - left - right);
  const y = (value: number) =>
    top + ((yMaximum - value) / (yMaximum - yMinimum || 1)) * (height - top - bottom);
  const xTicks: number[] = [];
  for (let tick = xMinimum; tick <= xMaximum; tick += 3) xTicks.push(tick);
  const yStep = Math.max(1, Math.ceil((yMaximum - yMinimum) / 6));
  const yTicks: number[] = [];
  for (let tick = Math.floor(yMaximum / yStep) * yStep; tick >= yMinimum; tick -= yStep) {
    yTicks.push(tick);
  }
  return { x, y, xTicks, yTicks };
}

/** An SVG path through the points, broken where an error is not finite. */
export function errorPath(
  sweep: readonly SweepPoint[],
  errorOf: (point: SweepPoint) => number,
  scales: ChartScales,
): string {
  let path = '';
  let drawing = false;
  for (const point of sweep) {
    const value = errorExponent(errorOf(point));
    if (value === null) {
      drawing = false;
      continue;
    }
    const command = drawing ? 'L' : 'M';
    path += `${command}${scales.x(Math.log10(point.step)).toFixed(1)},${scales.y(value).toFixed(1)} `;
    drawing = true;
  }
  return path.trim();
}

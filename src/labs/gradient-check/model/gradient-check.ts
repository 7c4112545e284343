import { ConfigurationError } from '../../../core/errors';

/** Below this, max(|g|, |ĝ|) counts as zero in the relative error (avoids 0/0). */
export const RELATIVE_ERROR_TINY = 1e-300;

/** The h slider's range and step, as powers of ten: h = 10^exponent, 1e-12 … 1. */
export const STEP_EXPONENT = { minimum: -12, maximum: 0, step: 0.25, initial: -4 } as const;

function checkStep(step: number): void {
  if (!Number.isFinite(step) || step <= 0) {
    throw new ConfigurationError('step', 'h must be a finite positive number');
  }
}

/** (f(θ + h) − f(θ − h)) / 2h: error O(h²) from truncation, plus rounding of order ε·|f|/h. */
export function centralDifference(
  f: (theta: number) => number,
  theta: number,
  step: number,
): number {
  checkStep(step);
  return (f(theta + step) - f(theta - step)) / (2 * step);
}

/** (f(θ + h) − f(θ)) / h: error O(h) from truncation, so it needs a smaller h than the central one. */
export function forwardDifference(
  f: (theta: number) => number,
  theta: number,
  step: number,
): number {
  checkStep(step);
  return (f(theta + step) - f(theta)) / step;
}

/**
 * |g − ĝ| / max(|g|, |ĝ|, tiny): 0 when both are 0, at most 2, NaN when either is not finite.
 * Below about 1e-7 backprop and the estimate agree; near 1 they disagree completely.
 */
export function relativeError(gradient: number, estimate: number): number {
  if (!Number.isFinite(gradient) || !Number.isFinite(estimate)) return Number.NaN;
  const scale = Math.max(Math.abs(gradient), Math.abs(estimate), RELATIVE_ERROR_TINY);
  return Math.abs(gradient - estimate) / scale;
}

/** The exponents of the h sweep: minimum, minimum + step, …, maximum. */
export function sweepExponents(
  minimum: number = STEP_EXPONENT.minimum,
  maximum: number = STEP_EXPONENT.maximum,
  step: number = STEP_EXPONENT.step,
): number[] {
  if (!(step > 0) || !(maximum >= minimum)) {
    throw new ConfigurationError('sweep', 'the sweep needs minimum ≤ maximum and a positive step');
  }
  const count = Math.round((maximum - minimum) / step) + 1;
  return Array.from({ length: count }, (_, index) => minimum + index * step);
}

/** One h of the sweep: the two estimates and their relative errors against backprop. */
export interface SweepPoint {
  step: number;
  central: number;
  forward: number;
  centralError: number;
  forwardError: number;
}

/** Both estimates of f′(θ) at every h = 10^exponent, each compared with the backprop gradient. */
export function differenceSweep(
  f: (theta: number) => number,
  theta: number,
  gradient: number,
  exponents: readonly number[] = sweepExponents(),
): SweepPoint[] {
  return exponents.map((exponent) => {
    const step = 10 ** exponent;
    const central = centralDifference(f, theta, step);
    const forward = forwardDifference(f, theta, step);
    return {
      step,
      central,
      forward,
      centralError: relativeError(gradient, central),
      forwardError: relativeError(gradient, forward),
    };
  });
}

/**
 * Where an h sits on the V of relative error against h: near the sweep's best ('balanced'),
 * too large (truncation error of the Taylor expansion dominates), or too small (rounding:
 * f(θ + h) and f(θ − h) agree in almost every digit, and their difference cancels).
 */
export type StepRegime = 'balanced' | 'truncation' | 'rounding' | 'undefined';

export interface StepDiagnosis {
  regime: StepRegime;
  /** The h of the sweep with the smallest central-difference relative error (NaN if none is finite). */
  bestStep: number;
  bestError: number;
}

/** Within this factor of the sweep's smallest error, or within a decade of its h, h counts as near the best. */
const BALANCED_FACTOR = 10;

/** The regime of `step`, whose central-difference relative error is `error`, against the sweep. */
export function diagnoseStep(
  sweep: readonly SweepPoint[],
  step: number,
  error: number,
): StepDiagnosis {
  const finite = sweep.filter((point) => Number.isFinite(point.centralError));
  const smallest = Math.min(...finite.map((point) => point.centralError));
  // with ties (say, every error exactly 0), the middle of the tied points
  const tied = finite.filter((point) => point.centralError === smallest);
  // null when no error is finite (tied is empty, and its index −1 has no entry)
  const best: SweepPoint | null = tied[Math.floor((tied.length - 1) / 2)] ?? null;
  if (!best || !Number.isFinite(error)) {
    return { regime: 'undefined', bestStep: best?.step ?? Number.NaN, bestError: Number.NaN };
  }
  const { step: bestStep, centralError: bestError } = best;
  let regime: StepRegime;
  const decadesAway = Math.abs(Math.log10(step / bestStep));
  if (error <= BALANCED_FACTOR * bestError || decadesAway <= 1) regime = 'balanced';
  else regime = step > bestStep ? 'truncation' : 'rounding';
  return { regime, bestStep, bestError };
}

import { ConfigurationError } from '../errors';
import type { Phase } from './phases';
import type { ExerciseSession } from './session';

/** The questions "Preveja antes de clicar" asks, each at the phase before its answer is shown. */
export const PREDICTIONS = ['weightDirection', 'zeroGradient', 'oldWeight'] as const;
export type Prediction = (typeof PREDICTIONS)[number];

/** Options of "will v₁ go up or down?", in the order shown. */
export const DIRECTION_OPTIONS = ['up', 'down', 'unchanged'] as const;
export type Direction = (typeof DIRECTION_OPTIONS)[number];

/**
 * Options of "which gradient is exactly 0?", in the order shown; `none` is right when no gradient
 * of the iteration is exactly 0, so the question can be asked at every loss phase.
 */
export const ZERO_GRADIENT_OPTIONS = [
  'outputWeight1',
  'outputWeight2',
  'hiddenUnit1',
  'hiddenUnit2',
  'none',
] as const;
export type ZeroGradientOption = (typeof ZERO_GRADIENT_OPTIONS)[number];

/** Options of "does ∂L/∂a₁ use the old or the new v₁?". */
export const WEIGHT_AGE_OPTIONS = ['old', 'new'] as const;
export type WeightAge = (typeof WEIGHT_AGE_OPTIONS)[number];

/** The numbers of the 2–2–1 trace the predictions read. */
function lessonTrace(session: ExerciseSession) {
  const [hidden, output] = session.trace.layers;
  const v1 = session.parameters[1]?.weights[0]?.[0];
  const outputDelta = output?.dLossDz[0];
  const dLossDv = output?.dLossDWeights[0];
  if (!hidden || v1 === undefined || outputDelta === undefined || !dLossDv) {
    throw new ConfigurationError('session', 'predictions need the 2–2–1 network');
  }
  return { hidden, v1, outputDelta, dLossDv };
}

/**
 * Where v₁ moves in this iteration's update: the sign of its change Δv₁ = −η·∂L/∂v₁ (the update
 * moves against the gradient).
 */
export function weightDirection(session: ExerciseSession): Direction {
  const change = -session.learningRate * (lessonTrace(session).dLossDv[0] as number);
  return change > 0 ? 'up' : change < 0 ? 'down' : 'unchanged';
}

/**
 * Which gradients of this iteration are exactly 0: ∂L/∂v_i = a_i·∂L/∂z_o (0 when a_i = 0, e.g.
 * a ReLU unit with z_i ≤ 0), and unit i's ∂L/∂w_i1, ∂L/∂w_i2, ∂L/∂b_i, all x_j·∂L/∂z_i (0 when
 * ∂L/∂z_i = ∂L/∂a_i·g′(z_i) = 0, because v_i = 0 or g′(z_i) = 0). Read from the live trace.
 */
export function zeroGradients(session: ExerciseSession): ZeroGradientOption[] {
  const { hidden, dLossDv } = lessonTrace(session);
  const zero: Record<Exclude<ZeroGradientOption, 'none'>, boolean> = {
    outputWeight1: dLossDv[0] === 0,
    outputWeight2: dLossDv[1] === 0,
    hiddenUnit1:
      hidden.dLossDz[0] === 0 && (hidden.dLossDWeights[0] ?? []).every((grad) => grad === 0),
    hiddenUnit2:
      hidden.dLossDz[1] === 0 && (hidden.dLossDWeights[1] ?? []).every((grad) => grad === 0),
  };
  return ZERO_GRADIENT_OPTIONS.filter((option) => option !== 'none' && zero[option]);
}

/** The right answers to "which gradient is exactly 0?": the zero gradients, or `none`. */
export function zeroGradientKeys(session: ExerciseSession): ZeroGradientOption[] {
  const zero = zeroGradients(session);
  return zero.length > 0 ? zero : ['none'];
}

/**
 * Which v₁ the backward pass's ∂L/∂a₁ was computed with: the trace's ∂L/∂a₁ against v₁·∂L/∂z_o
 * for v₁ before and after the update (a tie, when the update leaves v₁ as it was, is "old").
 */
export function weightAgeInBackward(session: ExerciseSession, updatedV1: number): WeightAge {
  const { hidden, v1, outputDelta } = lessonTrace(session);
  const slope = hidden.dLossDa[0] as number;
  const fromOld = Math.abs(slope - v1 * outputDelta);
  const fromNew = Math.abs(slope - updatedV1 * outputDelta);
  return fromOld <= fromNew ? 'old' : 'new';
}

/**
 * The phase at which each prediction is asked: the direction of v₁ in the backward pass (∂L/∂v₁
 * known, the update not yet shown), the zero gradient at the loss (before the backward pass), the
 * old or new v₁ in the output's backward phase (before ∂L/∂a₁ is shown).
 */
export function predictionAsked(prediction: Prediction, phase: Phase): boolean {
  switch (prediction) {
    case 'weightDirection':
      return phase.kind === 'backward';
    case 'zeroGradient':
      return phase.kind === 'loss';
    case 'oldWeight':
      return phase.kind === 'backward' && phase.layer === 1;
  }
}

/** The phase at which each prediction's answer is shown (one step after it is asked, or later). */
export function predictionRevealed(prediction: Prediction, phase: Phase): boolean {
  switch (prediction) {
    case 'weightDirection':
      return phase.kind === 'update';
    case 'zeroGradient':
      return phase.kind === 'backward' || phase.kind === 'update';
    case 'oldWeight':
      return (phase.kind === 'backward' && phase.layer === 0) || phase.kind === 'update';
  }
}

import { ConfigurationError } from '../errors';
import type { Revealed } from './phases';
import type { ExerciseSetup } from './presets';
import { descend, traceGradients, type ExerciseSession } from './session';

/**
 * What hand-calculation mode starts the exercise from: the lesson's single example, sigmoid hidden
 * units, ½(y − ŷ)², η = 0.5 and round numbers of one decimal. x₁ = 1, x₂ = 0.5, y = 1;
 * w₁₁ = 0.5, w₁₂ = −0.3, b₁ = 0.1; w₂₁ = 0.2, w₂₂ = 0.4, b₂ = −0.2; v₁ = 0.7, v₂ = −0.5, c = 0.2.
 * Every z is non-zero and ŷ is far from y, so every gradient is a number worth computing.
 */
export const HAND_CALCULATION_SETUP: ExerciseSetup = {
  dataset: 'lesson',
  activation: 'sigmoid',
  loss: 'halfSquaredError',
  learningRate: 0.5,
  parameters: [
    {
      weights: [
        [0.5, -0.3],
        [0.2, 0.4],
      ],
      biases: [0.1, -0.2],
    },
    { weights: [[0.7, -0.5]], biases: [0.2] },
  ],
  lessonExample: { input: [1, 0.5], target: [1] },
};

/** The four values the learner computes by hand, in the order the backward pass reaches them. */
export const HAND_CALCULATION_VALUES = [
  'outputDelta',
  'hiddenSlope',
  'weightGradient',
  'updatedWeight',
] as const;
export type HandCalculationValue = (typeof HAND_CALCULATION_VALUES)[number];

/** The current iteration's values: ∂L/∂z_o, ∂L/∂a₁, ∂L/∂w₁₁ and v₁ after the update. */
export type HandCalculationKeys = Record<HandCalculationValue, number>;

/**
 * One key from the session's own trace: ∂L/∂z_o, ∂L/∂a₁ = v₁·∂L/∂z_o, ∂L/∂w₁₁ = x₁·∂L/∂z₁, or
 * v₁ − η·∂L/∂v₁ by the session's update rule (known before the update phase shows it). Throws
 * when the session is not the 2–2–1 network.
 */
export function handCalculationKey(session: ExerciseSession, value: HandCalculationValue): number {
  const [hidden, output] = session.trace.layers;
  let key: number | undefined;
  switch (value) {
    case 'outputDelta':
      key = output?.dLossDz[0];
      break;
    case 'hiddenSlope':
      key = hidden?.dLossDa[0];
      break;
    case 'weightGradient':
      key = hidden?.dLossDWeights[0]?.[0];
      break;
    case 'updatedWeight': {
      const updated =
        session.updatedParameters ??
        descend(
          session.spec,
          session.parameters,
          traceGradients(session.trace),
          session.learningRate,
        );
      key = updated[1]?.weights[0]?.[0];
      break;
    }
  }
  if (key === undefined) {
    throw new ConfigurationError('session', 'hand calculation needs the 2–2–1 network');
  }
  return key;
}

/** Every key of the current iteration (see handCalculationKey). */
export function handCalculationKeys(session: ExerciseSession): HandCalculationKeys {
  return {
    outputDelta: handCalculationKey(session, 'outputDelta'),
    hiddenSlope: handCalculationKey(session, 'hiddenSlope'),
    weightGradient: handCalculationKey(session, 'weightGradient'),
    updatedWeight: handCalculationKey(session, 'updatedWeight'),
  };
}

/**
 * True once the exercise shows `value` itself: ∂L/∂z_o in the output's backward phase, ∂L/∂a₁
 * and ∂L/∂w₁₁ in the hidden layer's, the new v₁ in the update. Until then the learner may type it.
 */
export function handValueRevealed(value: HandCalculationValue, revealed: Revealed): boolean {
  switch (value) {
    case 'outputDelta':
      return revealed.backwardFrom <= 1;
    case 'hiddenSlope':
    case 'weightGradient':
      return revealed.backwardFrom <= 0;
    case 'updatedWeight':
      return revealed.updated;
  }
}

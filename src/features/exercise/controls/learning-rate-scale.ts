import { LEARNING_RATE } from '../../../core/exercise/config';

/** Slider positions of the log scale: 0 … LOG_STEPS. */
export const LOG_STEPS = 1000;

/** η at a log-slider position: η = η_min·(η_max/η_min)^(p/P), from 0.01 to 50. */
export function learningRateAtPosition(position: number): number {
  const ratio = LEARNING_RATE.wideMaximum / LEARNING_RATE.minimum;
  const value = LEARNING_RATE.minimum * ratio ** (position / LOG_STEPS);
  return Math.round(value * 100) / 100;
}

/** The log-slider position closest to η (the inverse of learningRateAtPosition). */
export function positionOfLearningRate(learningRate: number): number {
  const ratio = LEARNING_RATE.wideMaximum / LEARNING_RATE.minimum;
  const position = (Math.log(learningRate / LEARNING_RATE.minimum) / Math.log(ratio)) * LOG_STEPS;
  return Math.min(LOG_STEPS, Math.max(0, Math.round(position)));
}

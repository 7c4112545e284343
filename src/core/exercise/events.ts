import type { NetworkParameters } from '../types';

/**
 * Something the learner did to the exercise, recorded by the exercise itself with the iteration t
 * it happened at. Whoever must know what happened (the challenges) reads these, never a notice,
 * a UI string or an object's identity.
 */
export type ExerciseEvent =
  | {
      /** Reset, new seed or zeroed weights (keptWeights false); new data or example (true). */
      type: 'restarted';
      iteration: 0;
      keptWeights: boolean;
      /** θ₀, the parameters the run starts from. */
      parameters: NetworkParameters;
      /**
       * θ₀ (or the seed it came from) was given by a prepared setup — a scenario, the
       * hand-calculation numbers — rather than chosen by the learner; absent: false.
       */
      given?: boolean;
    }
  | { type: 'parameterEdited'; iteration: number }
  | { type: 'settingChanged'; setting: 'activation' | 'loss'; iteration: number }
  | { type: 'learningRateChanged'; iteration: number }
  | { type: 'trainingStarted'; iteration: number }
  | { type: 'trainingStopped'; iteration: number };

/** The log of a run that starts from `parameters` (a restart that dropped the old weights). */
export function startLog(parameters: NetworkParameters, keptWeights = false): ExerciseEvent[] {
  return [{ type: 'restarted', iteration: 0, keptWeights, parameters }];
}

/**
 * `log` with `event` recorded. A restart that drops the weights opens a new log; every other
 * event, including a restart that keeps them (an edit made before it still shaped the weights),
 * is appended. Each entry is one action of the learner's, so a run's log stays short.
 */
export function recordEvent(
  log: readonly ExerciseEvent[],
  event: ExerciseEvent,
): readonly ExerciseEvent[] {
  if (event.type === 'restarted' && !event.keptWeights) return [event];
  return [...log, event];
}

/** θ₀ of the run `log` describes: the parameters of its latest restart. */
export function runStartParameters(log: readonly ExerciseEvent[]): NetworkParameters | null {
  for (let index = log.length - 1; index >= 0; index--) {
    const event = log[index];
    if (event?.type === 'restarted') return event.parameters;
  }
  return null;
}

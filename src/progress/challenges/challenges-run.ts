import type { ExerciseEvent } from '../../core/exercise/events';

/** What happened during the current run: since the last reset, new seed or change of data. */
export interface ChallengeRun {
  /** A weight or bias was typed in during this run: what follows is not learned. */
  handEdited: boolean;
  /** The run starts from a prepared setup (a scenario): its settings are not the learner's find. */
  given: boolean;
  /** The activation or the loss changed after the run's first update. */
  settingsChanged: boolean;
  /** J(θ₀), the error the run started from under its current activation and loss (NaN: unknown). */
  startError: number;
  /** First iteration whose recorded loss used the current η, activation, loss and weights. */
  segmentStart: number;
}

/** A run that has just started. */
export function freshRun(startError = Number.NaN): ChallengeRun {
  return { handEdited: false, given: false, settingsChanged: false, startError, segmentStart: 0 };
}

/**
 * The run after one event at iteration t. The iteration in progress restarts on a change of
 * activation, loss or weights, so its recorded loss (if any) is stale: the new segment starts at
 * t + 1. A new η only enters the coming update, so J(θ_t) still counts: the segment starts at t.
 * A restart starts over, keeping a hand edit (and a prepared start) when it kept the weights (new
 * data or example).
 */
export function runAfter(run: ChallengeRun, event: ExerciseEvent): ChallengeRun {
  switch (event.type) {
    case 'restarted':
      return {
        ...freshRun(run.startError),
        handEdited: event.keptWeights && run.handEdited,
        given: (event.given ?? false) || (event.keptWeights && run.given),
      };
    case 'parameterEdited':
      return { ...run, handEdited: true, segmentStart: event.iteration + 1 };
    case 'settingChanged':
      return {
        ...run,
        settingsChanged: run.settingsChanged || event.iteration > 0,
        segmentStart: event.iteration + 1,
      };
    case 'learningRateChanged':
      return run.segmentStart < event.iteration ? { ...run, segmentStart: event.iteration } : run;
    case 'trainingStarted':
    case 'trainingStopped':
      return run;
  }
}

/** The run the exercise's event log describes, starting from the error J(θ₀) = `startError`. */
export function runOf(log: readonly ExerciseEvent[], startError: number): ChallengeRun {
  return log.reduce(runAfter, freshRun(startError));
}

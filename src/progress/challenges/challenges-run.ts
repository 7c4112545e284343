/** What happened during the current run: since the last reset, new seed or change of data. */
export interface ChallengeRun {
  /** A weight or bias was typed in during this run: what follows is not learned. */
  handEdited: boolean;
  /** The activation or the loss changed after the run's first update. */
  settingsChanged: boolean;
  /** J(θ₀), the error the run started from under its current activation and loss (NaN: unknown). */
  startError: number;
  /** First iteration whose recorded loss used the current η, activation, loss and weights. */
  segmentStart: number;
}

/** A run that has just started. */
export function freshRun(startError = Number.NaN): ChallengeRun {
  return { handEdited: false, settingsChanged: false, startError, segmentStart: 0 };
}

/** What changed between two observations of the exercise. */
export interface RunChanges {
  /** Reset, new seed, zeroed weights, new data or example: iteration 0, empty history. */
  restarted: boolean;
  /** The restart kept the weights as they were (new data or example): an edit still counts. */
  keptWeights: boolean;
  handEdited: boolean;
  /** The activation or the loss changed. */
  settingsChanged: boolean;
  learningRateChanged: boolean;
  /** The session's iteration t after the change. */
  iteration: number;
  /** J(θ₀) when it can be read now (the session is, or just was, at iteration 0); NaN otherwise. */
  startError: number;
}

/**
 * The run after `changes`. The iteration in progress restarts on a change of activation, loss or
 * weights, so its recorded loss (if any) is stale: the new segment starts at t + 1. A new η only
 * enters the coming update, so J(θ_t) still counts: the segment starts at t.
 */
export function advanceRun(run: ChallengeRun, changes: RunChanges): ChallengeRun {
  const { iteration } = changes;
  let next = run;
  if (changes.restarted) {
    next = { ...freshRun(), handEdited: changes.keptWeights && run.handEdited };
  }
  if (changes.handEdited) next = { ...next, handEdited: true, segmentStart: iteration + 1 };
  if (changes.settingsChanged) {
    next = {
      ...next,
      settingsChanged: next.settingsChanged || iteration > 0,
      segmentStart: iteration + 1,
    };
  }
  if (changes.learningRateChanged && next.segmentStart < iteration) {
    next = { ...next, segmentStart: iteration };
  }
  if (!Number.isNaN(changes.startError) && changes.startError !== next.startError) {
    next = { ...next, startError: changes.startError };
  }
  return next;
}

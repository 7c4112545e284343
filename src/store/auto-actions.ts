import type { StateCreator } from 'zustand';
import { recordEvent } from '../core/exercise/events';
import { appendLosses } from '../core/exercise/loss-history';
import { recordIterationLoss, runIterations } from '../core/exercise/run';
import { completeIteration, startSession, type ExerciseSession } from '../core/exercise/session';
import { AUTO_SPEEDS, DEFAULT_SPEED } from './auto-speed';
import type { AppState } from './store';

/** Why auto-training stopped by itself. */
export type StopReason = 'target' | 'limit' | 'diverged';

export interface AutoSlice {
  running: boolean;
  /** Index into AUTO_SPEEDS. */
  speed: number;
  /** Training stops once the loss over all examples is at or below this. */
  targetLoss: number;
  /** Training stops after this many iterations. */
  iterationLimit: number;
  stopReason: StopReason | null;
  startAuto: () => void;
  pauseAuto: () => void;
  setSpeed: (speed: number) => void;
  setTargetLoss: (loss: number) => void;
  setIterationLimit: (limit: number) => void;
  /** Runs up to `count` whole iterations; the last one is shown complete, at its update. */
  autoIterations: (count: number) => void;
  /** Slow motion: advances `count` phases, stopping at the limits like autoIterations. */
  autoPhases: (count: number) => void;
}

export const AUTO_DEFAULTS = { targetLoss: 1e-4, iterationLimit: 10_000 } as const;

/** Where a run of whole iterations starts: after the shown update, or at the current iteration's start. */
function runStart(session: ExerciseSession) {
  const done = session.phase.kind === 'update' && session.updatedParameters !== null;
  return {
    parameters: done ? (session.updatedParameters ?? session.parameters) : session.parameters,
    iteration: session.iteration + (done ? 1 : 0),
    exampleIndex: session.exampleIndex + (done ? 1 : 0),
  };
}

/** The log with "training stopped" recorded, when auto-training was running (else nothing). */
function stopped(state: Pick<AppState, 'running' | 'events' | 'session'>) {
  if (!state.running) return {};
  const event = { type: 'trainingStopped', iteration: state.session.iteration } as const;
  return { events: recordEvent(state.events, event) };
}

export const createAutoActions: StateCreator<AppState, [], [], AutoSlice> = (set, get) => ({
  running: false,
  speed: DEFAULT_SPEED,
  targetLoss: AUTO_DEFAULTS.targetLoss,
  iterationLimit: AUTO_DEFAULTS.iterationLimit,
  stopReason: null,

  startAuto: () => {
    const { session, iterationLimit } = get();
    if (session.status === 'diverged' || session.iteration >= iterationLimit) return;
    const events = recordEvent(get().events, {
      type: 'trainingStarted',
      iteration: session.iteration,
    });
    set({ running: true, stopReason: null, notice: null, events });
  },

  pauseAuto: () => set({ running: false, ...stopped(get()) }),

  setSpeed: (speed) =>
    set({ speed: Math.min(AUTO_SPEEDS.length - 1, Math.max(0, Math.round(speed))) }),

  setTargetLoss: (loss) => {
    if (Number.isFinite(loss) && loss >= 0) set({ targetLoss: loss });
  },

  setIterationLimit: (limit) => {
    if (Number.isFinite(limit) && limit >= 1)
      set({ iterationLimit: Math.min(1e9, Math.floor(limit)) });
  },

  autoPhases: (count) => {
    for (let phase = 0; phase < count; phase++) {
      get().nextPhase();
      const { session, iterationLimit, targetLoss, lossHistory } = get();
      const lastLoss =
        lossHistory.losses[lossHistory.losses.length - 1] ?? Number.POSITIVE_INFINITY;
      const stopReason: StopReason | null =
        session.status === 'diverged'
          ? 'diverged'
          : session.phase.kind === 'loss' && lastLoss <= targetLoss
            ? 'target'
            : session.phase.kind === 'update' && session.iteration + 1 >= iterationLimit
              ? 'limit'
              : null;
      if (stopReason) return set({ running: false, stopReason, ...stopped(get()) });
    }
  },

  autoIterations: (count) => {
    const state = get();
    const { session, targetLoss, iterationLimit } = state;
    if (session.status === 'diverged') {
      return set({ running: false, stopReason: 'diverged', ...stopped(state) });
    }
    const start = runStart(session);
    const allowed = Math.min(count, iterationLimit - start.iteration);
    if (allowed < 1) return set({ running: false, stopReason: 'limit', ...stopped(state) });
    // The fast engine runs all but the last iteration; the last goes through the session so
    // the diagram, read-outs and equations show one complete iteration.
    const run = runIterations(
      session.spec,
      session.examples,
      start.parameters,
      session.learningRate,
      allowed - 1,
      start.exampleIndex,
      targetLoss,
    );
    let lossHistory = appendLosses(state.lossHistory, start.iteration, run.losses);
    const fresh = startSession(
      session.spec,
      session.examples,
      run.parameters,
      session.learningRate,
      start.iteration + run.iterations,
      start.exampleIndex + run.iterations,
    );
    const stop = (shown: ExerciseSession, stopReason: StopReason | null) =>
      set({
        session: shown,
        lossHistory,
        past: [],
        running: get().running && !stopReason,
        stopReason,
        ...(stopReason ? stopped({ ...get(), session: shown }) : {}),
      });
    if (run.status === 'diverged' || fresh.status === 'diverged') {
      const lastFinite = fresh.status === 'diverged' ? session : fresh;
      return stop({ ...lastFinite, status: 'diverged' }, 'diverged');
    }
    if (run.stoppedAtTarget) return stop(fresh, 'target');
    lossHistory = recordIterationLoss(lossHistory, fresh);
    const lastLoss = lossHistory.losses[lossHistory.losses.length - 1] ?? Number.POSITIVE_INFINITY;
    if (lastLoss <= targetLoss) return stop(fresh, 'target');
    const shown = completeIteration(fresh);
    if (shown.status === 'diverged') return stop({ ...fresh, status: 'diverged' }, 'diverged');
    return stop(shown, shown.iteration + 1 >= iterationLimit ? 'limit' : null);
  },
});

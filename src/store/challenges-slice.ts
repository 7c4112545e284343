import type { StateCreator } from 'zustand';
import {
  evaluateChallenges,
  type ChallengeResults,
  type ChallengeSnapshot,
} from '../progress/challenges/challenges';
import { measureNetwork, type NetworkMeasure } from '../progress/challenges/challenges-measure';
import { recordResults, type ChallengeRecords } from '../progress/challenges/challenges-records';
import { advanceRun, freshRun, type ChallengeRun } from '../progress/challenges/challenges-run';
import type { ExerciseSession } from '../core/exercise/session';
import type { AppState } from './store';

export interface ChallengesSlice {
  /** The challenges met so far, saved with the quiz answers. */
  challengesCompleted: ChallengeRecords;
  /** What happened during the exercise's current run (edits, changes of settings, J(θ₀)). */
  challengesRun: ChallengeRun;
  /** The latest judgement of every challenge, for the cards' hints; null before the first. */
  challengesProgress: ChallengeResults | null;
  /** Judges the exercise as it stands and records any challenge met for the first time. */
  challengesEvaluate: () => void;
  /** Forgets every challenge met ("Zerar progresso"). */
  challengesReset: () => void;
}

function measureSession(session: ExerciseSession): NetworkMeasure {
  return measureNetwork(session.spec, session.parameters, session.examples);
}

/** True when something the challenges read has changed (not on every phase of a step). */
function exerciseChanged(state: AppState, previous: AppState): boolean {
  const now = state.session;
  const before = previous.session;
  return (
    now.parameters !== before.parameters ||
    now.iteration !== before.iteration ||
    now.status !== before.status ||
    now.examples !== before.examples ||
    state.lossHistory !== previous.lossHistory ||
    state.activation !== previous.activation ||
    state.loss !== previous.loss ||
    state.learningRate !== previous.learningRate ||
    state.notice !== previous.notice
  );
}

/** The plain snapshot the core's predicates read. */
function snapshotOf(
  state: AppState,
  run: ChallengeRun,
  measure: NetworkMeasure,
): ChallengeSnapshot {
  return {
    activation: state.activation,
    dataset: state.dataset,
    status: state.session.status,
    learningRate: state.learningRate,
    iteration: state.session.iteration,
    measure,
    recorded: state.lossHistory,
    run,
  };
}

export const createChallengesSlice: StateCreator<AppState, [], [], ChallengesSlice> = (
  set,
  get,
  store,
) => {
  /** Judges `state` with `run`, and sets what changed (nothing while nothing did). */
  const judge = (state: AppState, run: ChallengeRun, measure: NetworkMeasure) => {
    const results = evaluateChallenges(snapshotOf(state, run, measure));
    const completed = recordResults(state.challengesCompleted, results, state.session.iteration);
    set({ challengesRun: run, challengesProgress: results, challengesCompleted: completed });
  };

  /**
   * Every loss history the exercise has held. A restart makes a new, empty one; "Passo anterior"
   * back to iteration 0 brings an old one back, which is not a new run.
   */
  const seenHistories = new WeakSet<object>();

  /** Follows the exercise: updates the run from what changed, then judges the challenges. */
  const observe = (state: AppState, previous: AppState) => {
    if (!exerciseChanged(state, previous)) return;
    const session = state.session;
    seenHistories.add(previous.lossHistory);
    const restarted =
      !seenHistories.has(state.lossHistory) &&
      state.lossHistory.iterations.length === 0 &&
      session.iteration === 0;
    seenHistories.add(state.lossHistory);
    const handEdited =
      state.notice !== previous.notice && state.notice?.key === 'exercise.notice.parameterEdited';
    const settingsChanged =
      state.activation !== previous.activation || state.loss !== previous.loss;
    const measure = measureSession(session);
    // J(θ₀) is read at iteration 0, or from the state just before a jump past it
    const startError =
      session.iteration === 0
        ? measure.error
        : previous.session.iteration === 0 && !restarted && !settingsChanged && !handEdited
          ? measureSession(previous.session).error
          : Number.NaN;
    const run = advanceRun(state.challengesRun, {
      restarted,
      keptWeights: session.parameters === previous.session.parameters,
      handEdited,
      settingsChanged,
      learningRateChanged: state.learningRate !== previous.learningRate,
      iteration: session.iteration,
      startError,
    });
    judge(state, run, measure);
  };

  // every change of the store reaches this; the checks above keep it to real exercise changes
  store.subscribe(observe);

  return {
    challengesCompleted: {},
    challengesRun: freshRun(),
    challengesProgress: null,

    challengesEvaluate: () => {
      const state = get();
      judge(state, state.challengesRun, measureSession(state.session));
    },

    challengesReset: () => set({ challengesCompleted: {} }),
  };
};

import type { StateCreator } from 'zustand';
import {
  evaluateChallenges,
  type ChallengeResults,
  type ChallengeSnapshot,
} from '../progress/challenges/challenges';
import { measureNetwork, type NetworkMeasure } from '../progress/challenges/challenges-measure';
import { recordResults, type ChallengeRecords } from '../progress/challenges/challenges-records';
import { freshRun, runOf, type ChallengeRun } from '../progress/challenges/challenges-run';
import { runStartParameters } from '../core/exercise/events';
import type { ExerciseSession } from '../core/exercise/session';
import type { AppState } from './store';

export interface ChallengesSlice {
  /** The challenges met so far, saved with the quiz answers. */
  challengesCompleted: ChallengeRecords;
  /** The exercise's current run as its event log describes it (edits, changes of settings, J(θ₀)). */
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
    state.session.learningRate !== previous.session.learningRate ||
    state.events !== previous.events
  );
}

/** J(θ₀): the error at the parameters the run started from, under today's activation and loss. */
function startErrorOf(session: ExerciseSession, events: AppState['events']): number {
  const parameters = runStartParameters(events);
  return parameters ? measureNetwork(session.spec, parameters, session.examples).error : Number.NaN;
}

/**
 * The plain snapshot the rules read: the run as the exercise's own event log describes it (what
 * the learner did and when), and the exercise as it stands.
 */
function snapshotOf(state: AppState, measure: NetworkMeasure): ChallengeSnapshot {
  return {
    activation: state.activation,
    dataset: state.dataset,
    status: state.session.status,
    learningRate: state.session.learningRate,
    iteration: state.session.iteration,
    measure,
    recorded: state.lossHistory,
    run: runOf(state.events, startErrorOf(state.session, state.events)),
  };
}

export const createChallengesSlice: StateCreator<AppState, [], [], ChallengesSlice> = (
  set,
  get,
  store,
) => {
  /** Judges `state` and sets what changed. */
  const judge = (state: AppState) => {
    const snapshot = snapshotOf(state, measureSession(state.session));
    const results = evaluateChallenges(snapshot);
    const completed = recordResults(state.challengesCompleted, results, state.session.iteration);
    set({
      challengesRun: snapshot.run,
      challengesProgress: results,
      challengesCompleted: completed,
    });
  };

  // every change of the store reaches this; the check keeps it to real changes of the exercise
  store.subscribe((state, previous) => {
    if (exerciseChanged(state, previous)) judge(state);
  });

  return {
    challengesCompleted: {},
    challengesRun: freshRun(),
    challengesProgress: null,
    challengesEvaluate: () => judge(get()),
    challengesReset: () => set({ challengesCompleted: {} }),
  };
};

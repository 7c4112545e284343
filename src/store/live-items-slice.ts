import type { StateCreator } from 'zustand';
import type { ExerciseEvent } from '../core/exercise/events';
import {
  HAND_CALCULATION_SETUP,
  handCalculationKey,
  type HandCalculationValue,
} from '../core/exercise/hand-calculation';
import {
  DIRECTION_OPTIONS,
  weightAgeInBackward,
  weightDirection,
  WEIGHT_AGE_OPTIONS,
  ZERO_GRADIENT_OPTIONS,
  zeroGradientKeys,
  type Prediction,
} from '../core/exercise/predictions';
import type { ExerciseSession } from '../core/exercise/session';
import {
  HAND_TOLERANCE,
  isCorrectLiveAnswer as isCorrectLive,
  recordLiveAnswer,
  type LiveAnswer,
  type LiveAnswers,
  type LiveItemId,
} from '../progress/live-items/live-items';
import { DEFAULT_SIGNIFICANT_FIGURES } from './display-slice';
import type { AppState } from './store';

/** The live item each hand-calculated value is counted as. */
export const HAND_ITEM: Record<HandCalculationValue, LiveItemId> = {
  outputDelta: 'exercise-hand-output-delta',
  hiddenSlope: 'exercise-hand-hidden-slope',
  weightGradient: 'exercise-hand-weight-gradient',
  updatedWeight: 'exercise-hand-updated-weight',
};

/** The live item each prediction is counted as. */
export const PREDICTION_ITEM: Record<Prediction, LiveItemId> = {
  weightDirection: 'exercise-predict-weight-direction',
  zeroGradient: 'exercise-predict-zero-gradient',
  oldWeight: 'exercise-predict-old-weight',
};

/** The significant figures hand-calculation mode shows. */
export const HAND_CALCULATION_FIGURES = 6;

/** Something the learner did in one iteration of one run: shown until the iteration changes. */
export interface IterationMark {
  iteration: number;
  /** The run's event log when it happened (a restart, an edit or a new η starts a new log). */
  events: readonly ExerciseEvent[];
}

/** The learner's latest answer to a live item in this iteration, as scored then. */
export interface LiveFeedback extends IterationMark {
  answer: LiveAnswer;
  correct: boolean;
}

export interface LiveItemsSlice {
  /** Counted answers (saved with the quiz answers, reported to the LMS). */
  liveAnswers: LiveAnswers;
  /** "Cálculo à mão": round starting numbers, six significant figures, boxes to type values in. */
  handCalculation: boolean;
  /** "Preveja antes de clicar": a question before the step that shows its answer. */
  predictions: boolean;
  /** The latest answer given to each item, for its feedback in the iteration it was given in. */
  liveFeedback: Partial<Record<LiveItemId, LiveFeedback>>;
  /** Predictions set aside for one iteration ("Agora não"). */
  predictionsDismissed: Partial<Record<Prediction, IterationMark>>;
  setHandCalculation: (on: boolean) => void;
  setPredictions: (on: boolean) => void;
  /** Scores a value typed for `value` against the exercise as it stands and counts it. */
  checkHandValue: (value: HandCalculationValue, typed: number) => void;
  /** Scores option `chosen` of `prediction` against the exercise as it stands and counts it. */
  answerPrediction: (prediction: Prediction, chosen: number) => void;
  dismissPrediction: (prediction: Prediction) => void;
}

/** The options a prediction offers and the indices right for `session`. */
export function predictionKey(
  prediction: Prediction,
  session: ExerciseSession,
): { options: number; keys: number[] } {
  switch (prediction) {
    case 'weightDirection':
      return {
        options: DIRECTION_OPTIONS.length,
        keys: [DIRECTION_OPTIONS.indexOf(weightDirection(session))],
      };
    case 'zeroGradient': {
      const zero = zeroGradientKeys(session);
      return {
        options: ZERO_GRADIENT_OPTIONS.length,
        keys: ZERO_GRADIENT_OPTIONS.flatMap((option, index) =>
          zero.includes(option) ? [index] : [],
        ),
      };
    }
    case 'oldWeight': {
      const updated = handCalculationKey(session, 'updatedWeight');
      return {
        options: WEIGHT_AGE_OPTIONS.length,
        keys: [WEIGHT_AGE_OPTIONS.indexOf(weightAgeInBackward(session, updated))],
      };
    }
  }
}

/** True when `mark` was made in the exercise's current iteration of its current run. */
export function inThisIteration(state: AppState, mark: IterationMark | undefined): boolean {
  return (
    mark !== undefined && mark.iteration === state.session.iteration && mark.events === state.events
  );
}

export const createLiveItemsSlice: StateCreator<AppState, [], [], LiveItemsSlice> = (set, get) => {
  /** Counts `answer` for `id` and keeps it as this iteration's feedback. */
  const record = (id: LiveItemId, answer: LiveAnswer, correct: boolean) => {
    const state = get();
    set({
      liveAnswers: recordLiveAnswer(state.liveAnswers, id, answer),
      liveFeedback: {
        ...state.liveFeedback,
        [id]: { answer, correct, iteration: state.session.iteration, events: state.events },
      },
    });
  };

  return {
    liveAnswers: {},
    handCalculation: false,
    predictions: false,
    liveFeedback: {},
    predictionsDismissed: {},

    setHandCalculation: (on) => {
      if (on === get().handCalculation) return;
      set({ handCalculation: on });
      if (on) get().applySetup(HAND_CALCULATION_SETUP);
      get().setSignificantFigures(on ? HAND_CALCULATION_FIGURES : DEFAULT_SIGNIFICANT_FIGURES);
    },

    setPredictions: (on) => set({ predictions: on }),

    checkHandValue: (value, typed) => {
      if (!Number.isFinite(typed)) return;
      const key = handCalculationKey(get().session, value);
      const answer: LiveAnswer = { kind: 'numeric', value: typed, key, tolerance: HAND_TOLERANCE };
      record(HAND_ITEM[value], answer, isCorrectLive(answer));
    },

    answerPrediction: (prediction, chosen) => {
      const { options, keys } = predictionKey(prediction, get().session);
      if (!Number.isInteger(chosen) || chosen < 0 || chosen >= options) return;
      const answer: LiveAnswer = { kind: 'choice', chosen, keys, options };
      record(PREDICTION_ITEM[prediction], answer, isCorrectLive(answer));
    },

    dismissPrediction: (prediction) => {
      const { session, events, predictionsDismissed } = get();
      set({
        predictionsDismissed: {
          ...predictionsDismissed,
          [prediction]: { iteration: session.iteration, events },
        },
      });
    },
  };
};

import { beforeEach, describe, expect, it } from 'vitest';
import {
  HAND_CALCULATION_SETUP,
  handCalculationKey,
} from '../../src/core/exercise/hand-calculation';
import {
  weightDirection,
  DIRECTION_OPTIONS,
  ZERO_GRADIENT_OPTIONS,
} from '../../src/core/exercise/predictions';
import { HAND_TOLERANCE } from '../../src/progress/live-items/live-items';
import { PERSIST_NAME } from '../../src/store/persistence';
import { inThisIteration } from '../../src/store/live-items-slice';
import { resetAppStore, useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();
const stepTo = (kind: string) => {
  for (let guard = 0; guard < 20 && state().session.phase.kind !== kind; guard++) {
    state().nextPhase();
  }
};

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

describe('hand-calculation mode in the store', () => {
  it('starts over from the round numbers at six significant figures, and goes back to four', () => {
    state().setLearningRate(0.2);
    state().nextPhase();
    state().setHandCalculation(true);
    expect(state().handCalculation).toBe(true);
    expect(state().session.parameters).toEqual(HAND_CALCULATION_SETUP.parameters);
    expect(state().session.learningRate).toBe(0.5);
    expect(state().session.examples).toEqual([HAND_CALCULATION_SETUP.lessonExample]);
    expect(state().session.phase).toEqual({ kind: 'ready' });
    expect(state().session.iteration).toBe(0);
    expect(state()).toMatchObject({
      activation: 'sigmoid',
      loss: 'halfSquaredError',
      dataset: 'lesson',
    });
    expect(state().significantFigures).toBe(6);
    state().setHandCalculation(false);
    expect(state().significantFigures).toBe(4);
    expect(state().handCalculation).toBe(false);
  });

  it('checks a typed value against the live state and counts it with its key and tolerance', () => {
    state().setHandCalculation(true);
    const key = handCalculationKey(state().session, 'outputDelta');
    state().checkHandValue('outputDelta', key * 1.2);
    expect(state().liveAnswers['exercise-hand-output-delta']).toEqual({
      kind: 'numeric',
      value: key * 1.2,
      key,
      tolerance: HAND_TOLERANCE,
    });
    expect(state().liveFeedback['exercise-hand-output-delta']?.correct).toBe(false);
    const typed = Number(key.toPrecision(4));
    state().checkHandValue('outputDelta', typed);
    expect(state().liveFeedback['exercise-hand-output-delta']?.correct).toBe(true);
    expect(state().liveAnswers['exercise-hand-output-delta']).toMatchObject({ value: typed, key });
    // a wrong answer later does not take back the right one; the feedback still says it
    state().checkHandValue('outputDelta', 5);
    expect(state().liveAnswers['exercise-hand-output-delta']).toMatchObject({ value: typed });
    expect(state().liveFeedback['exercise-hand-output-delta']?.correct).toBe(false);
  });

  it('scores the new v₁ by the update the session then makes', () => {
    state().setHandCalculation(true);
    stepTo('loss');
    const expected = handCalculationKey(state().session, 'updatedWeight');
    state().checkHandValue('updatedWeight', expected);
    stepTo('update');
    expect(state().session.updatedParameters![1]!.weights[0]![0]).toBe(expected);
    expect(state().liveAnswers['exercise-hand-updated-weight']).toMatchObject({ key: expected });
  });

  it('shows feedback only in the iteration it was given in', () => {
    state().setHandCalculation(true);
    state().checkHandValue('outputDelta', 1);
    const feedback = state().liveFeedback['exercise-hand-output-delta'];
    expect(inThisIteration(state(), feedback)).toBe(true);
    state().completeIteration();
    state().nextPhase(); // the next iteration
    expect(state().session.iteration).toBe(1);
    expect(inThisIteration(state(), feedback)).toBe(false);
    // the counted answer stays
    expect(state().liveAnswers['exercise-hand-output-delta']).toBeDefined();
  });
});

describe('predictions in the store', () => {
  it('keys the answer by the live state, and never re-scores it against a later state', () => {
    state().setHandCalculation(true);
    stepTo('backward');
    const key = DIRECTION_OPTIONS.indexOf(weightDirection(state().session));
    const wrong = (key + 1) % DIRECTION_OPTIONS.length;
    state().answerPrediction('weightDirection', wrong);
    const saved = state().liveAnswers['exercise-predict-weight-direction'];
    expect(saved).toEqual({ kind: 'choice', chosen: wrong, keys: [key], options: 3 });
    expect(state().liveFeedback['exercise-predict-weight-direction']?.correct).toBe(false);
    // the exercise moves on: the saved answer keeps the key of its moment
    state().setParameter({ layer: 1, kind: 'weight', row: 0, column: 0 }, -3);
    expect(state().liveAnswers['exercise-predict-weight-direction']).toBe(saved);
    state().answerPrediction('weightDirection', 7); // not an option: nothing changes
    expect(state().liveAnswers['exercise-predict-weight-direction']).toBe(saved);
  });

  it('is dismissed for one iteration only, and never holds the step back', () => {
    state().setPredictions(true);
    stepTo('backward');
    state().dismissPrediction('weightDirection');
    expect(inThisIteration(state(), state().predictionsDismissed.weightDirection)).toBe(true);
    state().nextPhase();
    expect(state().session.phase.kind).not.toBe('loss');
    state().completeIteration();
    state().nextPhase();
    expect(inThisIteration(state(), state().predictionsDismissed.weightDirection)).toBe(false);
  });

  it('asks which gradient is 0 with the keys the trace gives (zero weights, sigmoid)', () => {
    state().zeroWeights();
    stepTo('loss');
    state().answerPrediction('zeroGradient', 2);
    expect(state().liveAnswers['exercise-predict-zero-gradient']).toEqual({
      kind: 'choice',
      chosen: 2,
      keys: [
        ZERO_GRADIENT_OPTIONS.indexOf('hiddenUnit1'),
        ZERO_GRADIENT_OPTIONS.indexOf('hiddenUnit2'),
      ],
      options: ZERO_GRADIENT_OPTIONS.length,
    });
    expect(state().liveFeedback['exercise-predict-zero-gradient']?.correct).toBe(true);
  });

  it('asks it too when no gradient is 0, and then "none" is the key', () => {
    stepTo('loss');
    const none = ZERO_GRADIENT_OPTIONS.indexOf('none');
    state().answerPrediction('zeroGradient', 0);
    expect(state().liveAnswers['exercise-predict-zero-gradient']).toMatchObject({ keys: [none] });
    expect(state().liveFeedback['exercise-predict-zero-gradient']?.correct).toBe(false);
  });
});

describe('live answers kept', () => {
  it('are saved in the browser and come back after a reload', async () => {
    state().setHandCalculation(true);
    state().checkHandValue('hiddenSlope', 0.5);
    state().answerPrediction('oldWeight', 0);
    const answers = state().liveAnswers;
    expect(JSON.parse(localStorage.getItem(PERSIST_NAME)!).state.liveAnswers).toEqual(answers);
    const saved = localStorage.getItem(PERSIST_NAME);
    resetAppStore();
    expect(state().liveAnswers).toEqual({});
    localStorage.setItem(PERSIST_NAME, saved as string);
    await useAppStore.persist.rehydrate();
    expect(state().liveAnswers).toEqual(answers);
    expect(state().storageNotice).toBeNull();
  });

  it('leave older saved data readable (no liveAnswers), and go with "Zerar progresso"', async () => {
    localStorage.setItem(
      PERSIST_NAME,
      JSON.stringify({ state: { language: 'en', answers: {} }, version: 2 }),
    );
    await useAppStore.persist.rehydrate();
    expect(state().liveAnswers).toEqual({});
    expect(state().storageNotice).toBeNull();
    state().checkHandValue('outputDelta', 1);
    state().resetProgress();
    expect(state().liveAnswers).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../../src/content/lesson/lesson-types';
import {
  decodeSuspendData,
  encodeSuspendData,
  SUSPEND_DATA_VERSION,
} from '../../../src/progress/encoders/suspend-data';
import { lessonProgress } from '../../../src/progress/lesson-progress';
import { lessonLiveItems } from '../../../src/progress/live-items/lesson-live-items';
import {
  HAND_TOLERANCE,
  isCorrectLiveAnswer,
  LIVE_ITEM_IDS,
  liveProgress,
  recordLiveAnswer,
  type LiveAnswer,
  type LiveAnswers,
} from '../../../src/progress/live-items/live-items';
import { readLiveAnswers } from '../../../src/progress/live-items/live-records';
import { isQuizId } from '../../../src/progress/answers';
import { EMPTY_PROGRESS, type Progress } from '../../../src/progress/progress';
import { scoreAttempt } from '../../../src/progress/scoring';
import { interactionId } from '../../../src/lms/interactions';
import { quizLesson, whyBackwards } from '../../fixtures/lesson-fixture';

const numeric = (value: number, key: number): LiveAnswer => ({
  kind: 'numeric',
  value,
  key,
  tolerance: HAND_TOLERANCE,
});
const choice = (chosen: number, keys: number[], options = 3): LiveAnswer => ({
  kind: 'choice',
  chosen,
  keys,
  options,
});

/** quizLesson with the exercise placed in its second section. */
const exerciseLesson: Lesson = {
  ...quizLesson,
  sections: quizLesson.sections.map((section, index) =>
    index === 1
      ? {
          ...section,
          blocks: [{ type: 'widget', name: 'backprop-widget', attributes: {} }, ...section.blocks],
        }
      : section,
  ),
};

describe('the exercise’s live items', () => {
  it('have stable ids that are valid quiz and SCORM interaction ids, none a lesson quiz’s', () => {
    expect(LIVE_ITEM_IDS).toEqual([
      'exercise-hand-output-delta',
      'exercise-hand-hidden-slope',
      'exercise-hand-weight-gradient',
      'exercise-hand-updated-weight',
      'exercise-predict-weight-direction',
      'exercise-predict-zero-gradient',
      'exercise-predict-old-weight',
    ]);
    for (const id of LIVE_ITEM_IDS) {
      expect(isQuizId(id)).toBe(true);
      expect(interactionId(id)).toBe(id);
    }
  });

  it('score a number within 0.1 % of the key stored with it, and a choice among the keys', () => {
    const key = -0.0123456;
    expect(isCorrectLiveAnswer(numeric(-0.01235, key))).toBe(true);
    expect(isCorrectLiveAnswer(numeric(key * 1.0009, key))).toBe(true);
    expect(isCorrectLiveAnswer(numeric(key * 1.0011, key))).toBe(false);
    expect(isCorrectLiveAnswer(numeric(0.0123456, key))).toBe(false);
    expect(isCorrectLiveAnswer(choice(1, [1]))).toBe(true);
    expect(isCorrectLiveAnswer(choice(2, [0, 2], 4))).toBe(true);
    expect(isCorrectLiveAnswer(choice(0, [1]))).toBe(false);
  });

  it('keep a right answer when a later one is wrong, and a later answer otherwise', () => {
    const id = 'exercise-hand-output-delta';
    const wrong = numeric(1, 2);
    const right = numeric(2, 2);
    const first = recordLiveAnswer({}, id, wrong);
    expect(first[id]).toBe(wrong);
    const second = recordLiveAnswer(first, id, right);
    expect(second[id]).toBe(right);
    expect(recordLiveAnswer(second, id, wrong)).toBe(second);
    const rightAgain = numeric(3, 3);
    expect(recordLiveAnswer(second, id, rightAgain)[id]).toBe(rightAgain);
  });

  it('count in the lesson where it places the exercise, in a row after its section', () => {
    expect(lessonLiveItems(quizLesson)).toEqual([]);
    expect(lessonLiveItems(exerciseLesson)).toEqual(LIVE_ITEM_IDS);
    const live: LiveAnswers = {
      'exercise-hand-output-delta': numeric(2, 2),
      'exercise-predict-old-weight': choice(1, [0], 2),
    };
    const without = lessonProgress(quizLesson, {}, live);
    expect(without.total).toBe(2);
    const progress = lessonProgress(exerciseLesson, {}, live);
    expect(progress).toMatchObject({ total: 2 + 7, answered: 2, correct: 1, percent: 11 });
    expect(progress.sections.map((section) => [section.id, section.group ?? null])).toEqual([
      ['o-backpropagation', null],
      ['funcoes-de-ativacao', null],
      ['funcoes-de-ativacao', 'exerciseItems'],
    ]);
    expect(progress.sections[2]).toMatchObject({ total: 7, answered: 2, correct: 1 });
    expect(liveProgress(LIVE_ITEM_IDS, live)).toEqual({ total: 7, answered: 2, correct: 1 });
  });

  it('are scored with the quizzes: points, possible points and the attempt’s closing', () => {
    const quizzes = [whyBackwards];
    const answers = { 'why-backwards': { kind: 'choice' as const, chosen: [1], correct: true } };
    const allLive = Object.fromEntries(
      LIVE_ITEM_IDS.map((id, index) => [id, index < 4 ? numeric(1, 1) : choice(0, [1])]),
    ) as LiveAnswers;
    const base = { ...EMPTY_PROGRESS, answers };
    // without live items the quiz alone closes the attempt: 1 of 1 + 3 challenges
    expect(scoreAttempt(quizzes, base, 70)).toMatchObject({ raw: 25, closed: true });
    // with them, 7 more possible points, and the attempt stays open until they are answered
    expect(scoreAttempt(quizzes, base, 70, LIVE_ITEM_IDS)).toMatchObject({
      raw: roundTo(100 / 11),
      closed: false,
      status: 'incomplete',
    });
    // 1 quiz + 4 hand values right, 3 predictions wrong: 5 of 11
    expect(
      scoreAttempt(quizzes, { ...base, liveAnswers: allLive }, 40, LIVE_ITEM_IDS),
    ).toMatchObject({ raw: roundTo(500 / 11), closed: true, status: 'passed' });
  });
});

function roundTo(percent: number) {
  return Math.round(percent * 100) / 100;
}

describe('live answers saved', () => {
  const live: LiveAnswers = {
    'exercise-hand-hidden-slope': numeric(-0.0123, -0.012345678901234),
    'exercise-predict-zero-gradient': choice(2, [0, 2], 4),
  };

  it('round-trip through suspend_data with the key and tolerance of the moment', () => {
    const saved: Progress = { ...EMPTY_PROGRESS, language: 'en', liveAnswers: live };
    const text = encodeSuspendData(saved);
    expect(SUSPEND_DATA_VERSION).toBe(2);
    expect(JSON.parse(text).x).toEqual({
      'exercise-hand-hidden-slope': [-0.0123, -0.012345678901234, 'r', 0.001],
      'exercise-predict-zero-gradient': [2, [0, 2], 4],
    });
    expect(decodeSuspendData(text).liveAnswers).toEqual(live);
  });

  it('leave older suspend_data readable (no "x": none answered) and drop what does not validate', () => {
    const old = '{"v":2,"l":"en","a":{"why-backwards":"b+"}}';
    expect(decodeSuspendData(old).liveAnswers).toBeUndefined();
    expect(decodeSuspendData(old).answers['why-backwards']).toMatchObject({ correct: true });
    const bad = JSON.stringify({
      v: 2,
      a: {},
      x: {
        'exercise-hand-hidden-slope': ['a', 1, 'r', 0.001],
        'exercise-predict-zero-gradient': [5, [0], 4],
        'exercise-unknown': [1, 1, 'r', 0.001],
        'exercise-predict-old-weight': [0, [0], 2],
      },
    });
    expect(decodeSuspendData(bad).liveAnswers).toEqual({
      'exercise-predict-old-weight': choice(0, [0], 2),
    });
  });

  it('read back from browser storage only when well-formed, counting what is dropped', () => {
    expect(readLiveAnswers(JSON.parse(JSON.stringify(live)))).toEqual({
      answers: live,
      dropped: 0,
    });
    expect(readLiveAnswers(undefined)).toEqual({ answers: {}, dropped: 0 });
    expect(readLiveAnswers([1])).toEqual({ answers: {}, dropped: 1 });
    const read = readLiveAnswers({
      ...live,
      __proto__x: 1,
      'exercise-hand-output-delta': {
        kind: 'numeric',
        value: 1,
        key: 1,
        tolerance: { type: 'relative', amount: -1 },
      },
      'exercise-predict-old-weight': {
        kind: 'numeric',
        value: 1,
        key: 1,
        tolerance: HAND_TOLERANCE,
      },
    });
    expect(read).toEqual({ answers: live, dropped: 3 });
  });
});

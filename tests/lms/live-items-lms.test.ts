import { Scorm12API } from 'scorm-again';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Quiz } from '../../src/content/lesson/lesson-types';
import { handCalculationKey } from '../../src/core/exercise/hand-calculation';
import {
  DIRECTION_OPTIONS,
  weightDirection,
  ZERO_GRADIENT_OPTIONS,
} from '../../src/core/exercise/predictions';
import { startLmsSession, type LmsSessionOptions } from '../../src/lms/lms-session';
import { decodeSuspendData } from '../../src/progress/encoders/suspend-data';
import { LIVE_ITEM_IDS } from '../../src/progress/live-items/live-items';
import { storeProgressPort } from '../../src/store/progress-port';
import { resetAppStore, useAppStore } from '../../src/store/store';
import { choose, whyBackwards } from '../fixtures/lesson-fixture';

/** The exercise's live items reported to scorm-again as an LMS with Moodle's defaults keeps them. */
type ScormWindow = Window & { API?: Scorm12API };
const quizzes: Quiz[] = [whyBackwards];
const state = () => useAppStore.getState();

function installLms(saved?: Record<string, unknown>): Scorm12API {
  const api = new Scorm12API({ autocommit: false, logLevel: 5, mastery_override: true });
  if (saved) api.loadFromJSON(saved);
  (window as ScormWindow).API = api;
  return api;
}

function lmsData(api: Scorm12API) {
  return JSON.parse(JSON.stringify(api.cmi)) as {
    suspend_data: string;
    core: { lesson_status: string; score: { raw: string } };
    interactions: Record<string, Record<string, unknown>>;
  };
}

const sessions: { finish: () => void }[] = [];
async function launch(options: Partial<LmsSessionOptions> = {}) {
  const session = startLmsSession({
    window,
    progress: storeProgressPort(useAppStore),
    link: {},
    storage: { keepInMemory: () => undefined },
    loadQuizzes: () => Promise.resolve(quizzes),
    liveItems: LIVE_ITEM_IDS,
    now: () => 0,
    ...options,
  })!;
  sessions.push(session);
  await session.ready;
  return session;
}

const stepTo = (kind: string) => {
  for (let guard = 0; guard < 20 && state().session.phase.kind !== kind; guard++) {
    state().nextPhase();
  }
};

/** Answers every live item: the four hand values right, the three predictions as `right`. */
function answerAll(right: boolean) {
  state().setHandCalculation(true);
  for (const value of ['outputDelta', 'hiddenSlope', 'weightGradient', 'updatedWeight'] as const) {
    state().checkHandValue(value, handCalculationKey(state().session, value));
  }
  stepTo('loss');
  // no gradient is 0 here: the key is "none"
  const none = ZERO_GRADIENT_OPTIONS.indexOf('none');
  state().answerPrediction('zeroGradient', right ? none : 0);
  stepTo('backward');
  state().answerPrediction('oldWeight', right ? 0 : 1);
  const direction = DIRECTION_OPTIONS.indexOf(weightDirection(state().session));
  state().answerPrediction('weightDirection', right ? direction : (direction + 1) % 3);
}

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.finish();
  delete (window as ScormWindow).API;
});

describe('live items in an LMS', () => {
  it('reports each answer as an interaction, with the key of its moment as the pattern', async () => {
    const api = installLms({ student_data: { mastery_score: '50' } });
    await launch();
    state().setHandCalculation(true);
    const key = handCalculationKey(state().session, 'outputDelta');
    state().checkHandValue('outputDelta', 0.5);
    stepTo('backward');
    state().answerPrediction('oldWeight', 0);
    expect(Object.values(lmsData(api).interactions)).toMatchObject([
      {
        id: 'exercise-hand-output-delta',
        type: 'numeric',
        student_response: '0.5',
        result: 'wrong',
        correct_responses: { 0: { pattern: String(key) } },
      },
      {
        id: 'exercise-predict-old-weight',
        type: 'choice',
        student_response: 'a',
        result: 'correct',
        correct_responses: { 0: { pattern: 'a' } },
      },
    ]);
    // the attempt stays open, with no score, while live items are unanswered
    expect(lmsData(api).core).toMatchObject({ lesson_status: 'incomplete', score: { raw: '' } });
    expect(decodeSuspendData(lmsData(api).suspend_data).liveAnswers).toEqual(state().liveAnswers);
  });

  it('scores them with the quizzes once everything is answered', async () => {
    const api = installLms({ student_data: { mastery_score: '50' } });
    await launch();
    choose(whyBackwards, 1);
    answerAll(true);
    // 1 quiz + 4 hand values + 3 predictions right: 8 of 8, and the 3 challenges not met: of 11
    expect(lmsData(api).core).toMatchObject({
      lesson_status: 'passed',
      score: { raw: String(Math.round((100 * 8 * 100) / 11) / 100) },
    });
  });

  it('resumes them from suspend_data on the next launch, scored as they were saved', async () => {
    const first = installLms({ student_data: { mastery_score: '90' } });
    const session = await launch();
    choose(whyBackwards, 1);
    answerAll(false);
    expect(lmsData(first).core.lesson_status).toBe('failed');
    const saved = state().liveAnswers;
    session.finish();
    resetAppStore();
    const second = installLms({
      student_data: { mastery_score: '90' },
      suspend_data: lmsData(first).suspend_data,
      core: { lesson_status: 'failed' },
    });
    await launch();
    expect(state().liveAnswers).toEqual(saved);
    // 1 quiz + 4 hand values of 11
    expect(lmsData(second).core.score.raw).toBe(String(Math.round((100 * 5 * 100) / 11) / 100));
  });

  it('sends nothing in review mode', async () => {
    const api = installLms({ core: { lesson_mode: 'review' } });
    await launch();
    state().setHandCalculation(true);
    state().checkHandValue('outputDelta', 1);
    expect(lmsData(api).interactions).toEqual({});
    expect(decodeSuspendData(lmsData(api).suspend_data).liveAnswers).toBeUndefined();
  });
});

import { Scorm12API } from 'scorm-again';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Quiz } from '../../src/content/lesson/lesson-types';
import { startLmsSession, type LmsSessionOptions } from '../../src/lms/lms-session';
import { decodeSuspendData } from '../../src/progress/encoders/suspend-data';
import { storeProgressPort } from '../../src/store/progress-port';
import { resetAppStore, useAppStore } from '../../src/store/store';
import { choose, saturating, whyBackwards } from '../fixtures/lesson-fixture';

/**
 * The attempt rules against scorm-again configured as Moodle behaves by default: the mastery
 * score overrides the status at LMSFinish, and a finished attempt reopens in review mode.
 */
type ScormWindow = Window & { API?: Scorm12API };
const third = { ...whyBackwards, id: 'why-squared' };
const quizzes: Quiz[] = [whyBackwards, saturating, third];
const state = () => useAppStore.getState();

function installLms(saved?: Record<string, unknown>): Scorm12API {
  const api = new Scorm12API({ autocommit: false, logLevel: 5, mastery_override: true });
  if (saved) api.loadFromJSON(saved);
  (window as ScormWindow).API = api;
  return api;
}

function core(api: Scorm12API) {
  return (JSON.parse(JSON.stringify(api.cmi)) as { core: Record<string, unknown> }).core as {
    lesson_status: string;
    score: { raw: string };
    exit: string;
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
    now: () => 0,
    ...options,
  })!;
  sessions.push(session);
  await session.ready;
  return session;
}

/**
 * Every LMSSetValue and LMSCommit the session makes from now on, in order, each passed on to the
 * LMS (scorm-again sets these methods on the instance, so the originals are kept from it).
 */
function recordCalls(api: Scorm12API): string[] {
  const calls: string[] = [];
  const setValue = api.LMSSetValue;
  const commit = api.LMSCommit;
  vi.spyOn(api, 'LMSSetValue').mockImplementation((key, value) => {
    calls.push(`${key}=${value}`);
    return setValue.call(api, key, value);
  });
  vi.spyOn(api, 'LMSCommit').mockImplementation(() => {
    calls.push('commit');
    return commit.call(api, '');
  });
  return calls;
}

/** What the LMS keeps between launches, as it would store it. */
const saved = (api: Scorm12API) =>
  JSON.parse(JSON.stringify(api.cmi)) as unknown as Record<string, unknown>;

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.finish();
  delete (window as ScormWindow).API;
});

describe('attempt rules an LMS keeps correctly', () => {
  it('a first launch with two answers of three ends incomplete, with no score', async () => {
    const api = installLms({ student_data: { mastery_score: '70' } });
    const session = await launch();
    choose(whyBackwards, 1);
    choose(saturating, 2);
    expect(core(api).lesson_status).toBe('incomplete');
    expect(core(api).score.raw).toBe('');
    session.finish();
    // the mastery override had no score to turn into "failed"
    expect(core(api).lesson_status).toBe('incomplete');
    expect(core(api).exit).toBe('suspend');
  });

  it('a learner who answers every quiz ends passed or failed against the mastery score', async () => {
    const passing = installLms({ student_data: { mastery_score: '50' } });
    const first = await launch();
    choose(whyBackwards, 1);
    choose(saturating, 0, 1);
    choose(third, 1);
    // 3 quizzes right, no challenge: 3 of 6 points
    expect(core(passing)).toMatchObject({ lesson_status: 'passed', score: { raw: '50' } });
    first.finish();
    expect(core(passing).lesson_status).toBe('passed');

    resetAppStore();
    const failing = installLms({ student_data: { mastery_score: '70' } });
    const second = await launch();
    choose(whyBackwards, 0);
    choose(saturating, 0, 1);
    choose(third, 1);
    expect(core(failing)).toMatchObject({ lesson_status: 'failed', score: { raw: '33.33' } });
    second.finish();
    expect(core(failing).lesson_status).toBe('failed');
  });

  it('on passing, commits the status before the score', async () => {
    const api = installLms({ student_data: { mastery_score: '50' } });
    await launch();
    const calls = recordCalls(api);
    choose(whyBackwards, 1);
    choose(saturating, 0, 1);
    calls.length = 0;
    choose(third, 1);
    const status = calls.indexOf('cmi.core.lesson_status=passed');
    const score = calls.findIndex((call) => call.startsWith('cmi.core.score.raw='));
    expect(status).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('commit', status)).toBeLessThan(score);
    expect(calls.at(-1)).toBe('commit');
    expect(core(api)).toMatchObject({ lesson_status: 'passed', score: { raw: '50' } });
  });

  it('"Tentar de novo" without a new answer changes nothing reported', async () => {
    const api = installLms({ student_data: { mastery_score: '50' } });
    await launch();
    choose(whyBackwards, 1);
    choose(saturating, 0, 1);
    choose(third, 1);
    const before = JSON.stringify(api.cmi);
    const setValue = vi.spyOn(api, 'LMSSetValue');
    state().retry(third.id);
    expect(setValue).not.toHaveBeenCalled();
    expect(JSON.stringify(api.cmi)).toBe(before);
    // a new checked answer counts: the latest checked answer of each quiz
    choose(third, 0);
    expect(core(api)).toMatchObject({ lesson_status: 'failed', score: { raw: '33.33' } });
  });

  it('in review or no-credit mode reports nothing, and says where the answers are', async () => {
    for (const mode of [{ lesson_mode: 'review' }, { credit: 'no-credit' }]) {
      resetAppStore();
      const api = installLms({
        core: { lesson_status: 'passed', score: { raw: '80' }, ...mode },
        suspend_data: '{"v":1,"a":{"q-3-1":"b+"}}',
      });
      const setValue = vi.spyOn(api, 'LMSSetValue');
      const session = await launch();
      // release 1's positional id, found on its quiz
      expect(state().answers).toEqual({
        'why-backwards': { kind: 'choice', chosen: [1], correct: true },
      });
      expect(state().progressHome).toEqual({ kind: 'lms', name: null, review: true });
      choose(saturating, 2);
      state().retry(whyBackwards.id);
      // "Concluir e enviar nota" closes nothing in review: the LMS records nothing more
      state().submitAttempt();
      expect(state().submitted).toBe(false);
      session.finish();
      expect(setValue).not.toHaveBeenCalled();
      expect(core(api)).toMatchObject({ lesson_status: 'passed', score: { raw: '80' } });
    }
  });

  it('a resumed second launch keeps every answer, including one retried and left', async () => {
    const first = installLms({ student_data: { mastery_score: '70' } });
    const session = await launch();
    choose(whyBackwards, 1);
    choose(saturating, 0, 1);
    state().retry(saturating.id);
    session.finish();
    expect(decodeSuspendData(saved(first).suspend_data as string).answers).toEqual({
      'why-backwards': { kind: 'choice', chosen: [1], correct: true },
      'vanishing-claims': { kind: 'choice', chosen: [0, 1], correct: true },
    });

    resetAppStore();
    const second = installLms(saved(first));
    await launch();
    expect(Object.keys(state().answers).sort()).toEqual(['vanishing-claims', 'why-backwards']);
    expect(state().progressHome).toEqual({ kind: 'lms', name: null, review: false });
    choose(third, 1);
    // 3 of 3 quizzes and no challenge: 3 of 6 points, below 70
    expect(core(second)).toMatchObject({ lesson_status: 'failed', score: { raw: '50' } });
  });
});

describe('"Concluir e enviar nota": submitting an open attempt', () => {
  afterEach(() => vi.restoreAllMocks());

  it('with 2 of 3 quizzes answered, reports passed and the score, the status committed first', async () => {
    const api = installLms({ student_data: { mastery_score: '30' } });
    const session = await launch();
    choose(whyBackwards, 1);
    choose(saturating, 0, 1);
    expect(core(api)).toMatchObject({ lesson_status: 'incomplete', score: { raw: '' } });
    const calls = recordCalls(api);
    state().submitAttempt();
    expect(state().submitted).toBe(true);
    // 2 quizzes right of 3, no challenge: 2 of 6 points, above 30
    expect(core(api)).toMatchObject({ lesson_status: 'passed', score: { raw: '33.33' } });
    const status = calls.indexOf('cmi.core.lesson_status=passed');
    const score = calls.findIndex((call) => call.startsWith('cmi.core.score.raw='));
    expect(status).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('commit', status)).toBeLessThan(score);
    expect(calls.at(-1)).toBe('commit');
    expect(decodeSuspendData(saved(api).suspend_data as string).submitted).toBe(true);
    expect(saved(api).suspend_data).toContain('"s":1');
    session.finish();
    expect(core(api)).toMatchObject({ lesson_status: 'passed', exit: '' });
  });

  it('with 2 of 3 quizzes answered, reports failed and the score below the mastery score', async () => {
    const api = installLms({ student_data: { mastery_score: '70' } });
    const session = await launch();
    choose(whyBackwards, 1);
    choose(saturating, 0, 1);
    state().submitAttempt();
    expect(core(api)).toMatchObject({ lesson_status: 'failed', score: { raw: '33.33' } });
    // submitting again sends nothing new
    const calls = recordCalls(api);
    state().submitAttempt();
    expect(calls).toEqual([]);
    session.finish();
    // the mastery override agrees: 33.33 is below 70
    expect(core(api)).toMatchObject({ lesson_status: 'failed', exit: 'suspend' });
  });

  it('a resumed second launch after submitting keeps it submitted, and everything else', async () => {
    const first = installLms({ student_data: { mastery_score: '70' } });
    const session = await launch();
    choose(whyBackwards, 1);
    choose(saturating, 0);
    useAppStore.setState({ challengesCompleted: { xor: { iteration: 12 } } });
    state().setLanguage('en');
    state().submitAttempt();
    // 1 quiz right and 1 challenge of 6 points
    expect(core(first)).toMatchObject({ lesson_status: 'failed', score: { raw: '33.33' } });
    session.finish();

    resetAppStore();
    const second = installLms(saved(first));
    await launch();
    expect(state().submitted).toBe(true);
    expect(state().answers).toEqual({
      'why-backwards': { kind: 'choice', chosen: [1], correct: true },
      'vanishing-claims': { kind: 'choice', chosen: [0], correct: false },
    });
    expect(state().challengesCompleted).toEqual({ xor: { iteration: 12 } });
    expect(state().language).toBe('en');
    expect(state().progressHome).toEqual({ kind: 'lms', name: null, review: false });
    // still closed: the score stands, and a new answer is scored at once
    expect(core(second)).toMatchObject({ lesson_status: 'failed', score: { raw: '33.33' } });
    choose(saturating, 0, 1);
    expect(core(second)).toMatchObject({ lesson_status: 'failed', score: { raw: '50' } });
    expect(decodeSuspendData(saved(second).suspend_data as string)).toMatchObject({
      language: 'en',
      submitted: true,
      challengesCompleted: { xor: { iteration: 12 } },
    });
  });
});

describe('the language inside an LMS', () => {
  const languages = (tags: string[]) =>
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(tags);

  afterEach(() => vi.restoreAllMocks());

  it('follows the link, then the saved choice, then the LMS preference, then the browser', async () => {
    languages(['fr-FR', 'en-US']);
    installLms({ student: { student_preference: { language: '' } } });
    await launch();
    expect(state().language).toBe('en');

    resetAppStore();
    installLms({ student_preference: { language: 'pt-BR' } });
    await launch();
    expect(state().language).toBe('pt-BR');

    resetAppStore();
    installLms({ student_preference: { language: 'pt-BR' }, suspend_data: '{"v":1,"l":"en"}' });
    await launch();
    expect(state().language).toBe('en');

    resetAppStore();
    installLms({ suspend_data: '{"v":1,"l":"en"}' });
    await launch({ link: { language: 'pt-BR' } });
    expect(state().language).toBe('pt-BR');

    resetAppStore();
    languages(['fr-FR', 'de']);
    installLms();
    await launch();
    expect(state().language).toBe('pt-BR');
  });
});

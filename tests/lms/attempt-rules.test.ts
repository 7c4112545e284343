import { Scorm12API } from 'scorm-again';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Quiz } from '../../src/content/lesson/lesson-types';
import { startLmsSession, type LmsSessionOptions } from '../../src/lms/lms-session';
import { decodeSuspendData } from '../../src/lms/suspend-data';
import { resetAppStore, useAppStore } from '../../src/store/store';
import { saturating, whyBackwards } from '../components/lesson/lesson-fixture';

/**
 * The attempt rules against scorm-again configured as Moodle behaves by default: the mastery
 * score overrides the status at LMSFinish, and a finished attempt reopens in review mode.
 */
type ScormWindow = Window & { API?: Scorm12API };
const third: Quiz = { ...whyBackwards, id: 'q-4-1' };
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
    store: useAppStore,
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
    state().answer('q-3-1', [1], true);
    state().answer('q-10-1', [2], false);
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
    state().answer('q-3-1', [1], true);
    state().answer('q-10-1', [0, 1], true);
    state().answer('q-4-1', [1], true);
    // 3 quizzes right, no challenge: 3 of 6 points
    expect(core(passing)).toMatchObject({ lesson_status: 'passed', score: { raw: '50' } });
    first.finish();
    expect(core(passing).lesson_status).toBe('passed');

    resetAppStore();
    const failing = installLms({ student_data: { mastery_score: '70' } });
    const second = await launch();
    state().answer('q-3-1', [0], false);
    state().answer('q-10-1', [0, 1], true);
    state().answer('q-4-1', [1], true);
    expect(core(failing)).toMatchObject({ lesson_status: 'failed', score: { raw: '33.33' } });
    second.finish();
    expect(core(failing).lesson_status).toBe('failed');
  });

  it('on passing, commits the status before the score', async () => {
    const api = installLms({ student_data: { mastery_score: '50' } });
    await launch();
    const calls: string[] = [];
    vi.spyOn(api, 'LMSSetValue').mockImplementation(function (this: Scorm12API, key, value) {
      calls.push(`${key}=${value}`);
      return Scorm12API.prototype.LMSSetValue.call(this, key, value);
    });
    vi.spyOn(api, 'LMSCommit').mockImplementation(function (this: Scorm12API) {
      calls.push('commit');
      return Scorm12API.prototype.LMSCommit.call(this, '');
    });
    state().answer('q-3-1', [1], true);
    state().answer('q-10-1', [0, 1], true);
    calls.length = 0;
    state().answer('q-4-1', [1], true);
    const status = calls.indexOf('cmi.core.lesson_status=passed');
    const score = calls.findIndex((call) => call.startsWith('cmi.core.score.raw='));
    expect(status).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('commit', status)).toBeLessThan(score);
    expect(calls.at(-1)).toBe('commit');
  });

  it('"Tentar de novo" without a new answer changes nothing reported', async () => {
    const api = installLms({ student_data: { mastery_score: '50' } });
    await launch();
    state().answer('q-3-1', [1], true);
    state().answer('q-10-1', [0, 1], true);
    state().answer('q-4-1', [1], true);
    const before = JSON.stringify(api.cmi);
    const setValue = vi.spyOn(api, 'LMSSetValue');
    state().retry('q-4-1');
    expect(setValue).not.toHaveBeenCalled();
    expect(JSON.stringify(api.cmi)).toBe(before);
    // a new checked answer counts: the latest checked answer of each quiz
    state().answer('q-4-1', [0], false);
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
      expect(state().answers).toEqual({ 'q-3-1': { chosen: [1], correct: true } });
      expect(state().progressHome).toEqual({ kind: 'lms', name: null, review: true });
      state().answer('q-10-1', [2], false);
      state().retry('q-3-1');
      session.finish();
      expect(setValue).not.toHaveBeenCalled();
      expect(core(api)).toMatchObject({ lesson_status: 'passed', score: { raw: '80' } });
    }
  });

  it('a resumed second launch keeps every answer, including one retried and left', async () => {
    const first = installLms({ student_data: { mastery_score: '70' } });
    const session = await launch();
    state().answer('q-3-1', [1], true);
    state().answer('q-10-1', [0, 1], true);
    state().retry('q-10-1');
    session.finish();
    expect(decodeSuspendData(saved(first).suspend_data as string).answers).toEqual({
      'q-3-1': { chosen: [1], correct: true },
      'q-10-1': { chosen: [0, 1], correct: true },
    });

    resetAppStore();
    const second = installLms(saved(first));
    await launch();
    expect(Object.keys(state().answers).sort()).toEqual(['q-10-1', 'q-3-1']);
    expect(state().progressHome).toEqual({ kind: 'lms', name: null, review: false });
    state().answer('q-4-1', [1], true);
    // 3 of 3 quizzes and no challenge: 3 of 6 points, below 70
    expect(core(second)).toMatchObject({ lesson_status: 'failed', score: { raw: '50' } });
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

import { Scorm12API } from 'scorm-again';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Quiz } from '../../src/content/lesson/lesson-types';
import { startLmsSession, type LmsSessionOptions } from '../../src/lms/lms-session';
import { decodeSuspendData } from '../../src/progress/encoders/suspend-data';
import { PERSIST_NAME } from '../../src/store/persistence';
import { storeProgressPort } from '../../src/store/progress-port';
import { appStorage, resetAppStore, useAppStore } from '../../src/store/store';
import {
  choose,
  numericQuiz,
  saturating,
  typeNumber,
  whyBackwards,
} from '../fixtures/lesson-fixture';

type ScormWindow = Window & { API?: Scorm12API };
const quizzes: Quiz[] = [whyBackwards, saturating];
const state = () => useAppStore.getState();

/** An LMS's runtime on `window.API`: scorm-again's SCORM 1.2 API, loaded with saved data if any. */
function installLms(saved?: Record<string, unknown>): Scorm12API {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (saved) api.loadFromJSON(saved);
  (window as ScormWindow).API = api;
  return api;
}

/** What the LMS holds, as the plain JSON it would store (1.2 interactions cannot be read back). */
function lmsData(api: Scorm12API) {
  return JSON.parse(JSON.stringify(api.cmi)) as {
    suspend_data: string;
    core: {
      lesson_status: string;
      exit: string;
      session_time: string;
      score: { raw: string; min: string; max: string };
    };
    interactions: Record<string, Record<string, unknown>>;
  };
}

let clock = 0;
const started: { finish: () => void }[] = [];
function start(options: Partial<LmsSessionOptions> = {}) {
  const storage = { keepInMemory: vi.fn() };
  const session = startLmsSession({
    window,
    progress: storeProgressPort(useAppStore),
    link: {},
    storage,
    loadQuizzes: () => Promise.resolve(quizzes),
    now: () => clock,
    ...options,
  });
  if (session) started.push(session);
  return { session, storage };
}

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
  clock = 1_000;
});

afterEach(() => {
  for (const session of started.splice(0)) session.finish();
  delete (window as ScormWindow).API;
});

describe('the SCORM 1.2 session against scorm-again', () => {
  it('does nothing outside an LMS', () => {
    const { session, storage } = start();
    expect(session).toBeNull();
    expect(storage.keepInMemory).not.toHaveBeenCalled();
    expect(state().progressHome).toEqual({ kind: 'browser' });
    // "Concluir e enviar nota" belongs to an LMS: outside one it closes nothing
    choose(whyBackwards, 1);
    state().submitAttempt();
    expect(state().submitted).toBe(false);
  });

  it('reports score, status, one interaction per answer and suspend_data, committing each time', async () => {
    const api = installLms();
    const commit = vi.spyOn(api, 'LMSCommit');
    const { session, storage } = start();
    expect(storage.keepInMemory).toHaveBeenCalledOnce();
    expect(lmsData(api).core.lesson_status).toBe('incomplete');
    await session!.ready;
    expect(session!.mastery).toBe(70);

    choose(whyBackwards, 0);
    expect(commit).toHaveBeenCalledTimes(2); // the first report, then this answer
    choose(whyBackwards, 1); // a second attempt: the latest counts
    choose(saturating, 0, 1);
    const data = lmsData(api);
    // 2 quizzes right of 2, no challenge of 3: 2 of 5 points
    expect(data.core.score).toEqual({ raw: '40', min: '0', max: '100' });
    expect(data.core.lesson_status).toBe('failed');
    expect(Object.values(data.interactions)).toMatchObject([
      { id: 'why-backwards', type: 'choice', student_response: 'a', result: 'wrong' },
      { id: 'why-backwards', type: 'choice', student_response: 'b', result: 'correct' },
      { id: 'vanishing-claims', type: 'choice', student_response: 'a,b', result: 'correct' },
    ]);
    expect(data.interactions['2']!.time).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(data.interactions['2']!.correct_responses).toMatchObject({ 0: { pattern: 'a,b' } });
    expect(decodeSuspendData(data.suspend_data).answers).toEqual(state().answers);
    expect(commit).toHaveBeenCalledTimes(4);
  });

  it('reports a numeric answer as a numeric interaction: the decimal typed, the value as pattern', async () => {
    const slope = numericQuiz('sigmoid-slope-from-output', 'σ′(z) para a = 0,8?', 0.16, {
      type: 'absolute',
      amount: 0.001,
    });
    const api = installLms();
    const { session } = start({ loadQuizzes: () => Promise.resolve([...quizzes, slope]) });
    await session!.ready;
    typeNumber(slope, 0.2);
    typeNumber(slope, 0.1605); // within ± 0.001
    const data = lmsData(api);
    expect(Object.values(data.interactions)).toMatchObject([
      {
        id: 'sigmoid-slope-from-output',
        type: 'numeric',
        student_response: '0.2',
        result: 'wrong',
        correct_responses: { 0: { pattern: '0.16' } },
      },
      {
        id: 'sigmoid-slope-from-output',
        type: 'numeric',
        student_response: '0.1605',
        result: 'correct',
        correct_responses: { 0: { pattern: '0.16' } },
      },
    ]);
    expect(data.suspend_data).toContain('"sigmoid-slope-from-output":"=0.1605+"');
    expect(decodeSuspendData(data.suspend_data).answers).toEqual({
      'sigmoid-slope-from-output': { kind: 'numeric', value: 0.1605, correct: true },
    });
    // a choice response to the numeric quiz is no attempt at it: nothing is sent
    const setValue = vi.spyOn(api, 'LMSSetValue');
    useAppStore.getState().answer(slope, { kind: 'choice', chosen: [0] });
    expect(setValue).not.toHaveBeenCalled();
  });

  it('shuffles options for the LMS’s learner, keeping the attempt’s key in suspend_data', async () => {
    const browser = { learner: state().learnerId, attempt: state().attempt };
    const first = installLms({ core: { student_id: 'student-42' } });
    const firstSession = start().session!;
    await firstSession.ready;
    // the LMS's learner, and a new attempt: nothing of this browser's
    expect(state().learnerId).toBe('student-42');
    expect(state().attempt).not.toBe(browser.attempt);
    const attempt = state().attempt;
    expect(decodeSuspendData(lmsData(first).suspend_data).attempt).toBe(attempt);
    firstSession.finish();

    // the next launch resumes the same attempt, so each quiz keeps its order
    resetAppStore();
    installLms(lmsData(first) as unknown as Record<string, unknown>);
    await start().session!.ready;
    expect(state()).toMatchObject({ learnerId: 'student-42', attempt });
  });

  it('resumes a second launch from the LMS’s data, and numbers new interactions after the old', async () => {
    const first = installLms();
    const firstSession = start().session!;
    await firstSession.ready;
    choose(whyBackwards, 1);
    state().challengesEvaluate(); // nothing met: the record stays empty
    useAppStore.setState({ challengesCompleted: { xor: { iteration: 12 } } });
    state().setLanguage('en'); // the learner's own choice, kept with the attempt
    firstSession.finish();
    const saved = lmsData(first);
    expect(saved.core.exit).toBe('suspend');

    resetAppStore();
    const second = installLms(saved as unknown as Record<string, unknown>);
    const { session } = start();
    await session!.ready;
    expect(state().answers).toEqual({
      'why-backwards': { kind: 'choice', chosen: [1], correct: true },
    });
    expect(state().challengesCompleted).toEqual({ xor: { iteration: 12 } });
    expect(state().language).toBe('en');
    expect(state().submitted).toBe(false);
    expect(state().progressHome).toEqual({ kind: 'lms', name: null, review: false });
    choose(saturating, 0, 1);
    const data = lmsData(second);
    expect(data.interactions['1']).toMatchObject({ id: 'vanishing-claims', result: 'correct' });
    // 2 quizzes and 1 challenge of 5 points: 60 % < 70 %
    expect(data.core.score.raw).toBe('60');
    expect(data.core.lesson_status).toBe('failed');
  });

  it('resumes release 1’s suspend_data ("v":1) onto the ids the quizzes have now', async () => {
    const api = installLms({
      suspend_data: '{"v":1,"a":{"q-3-1":"b+","q-10-1":"a-"}}',
      core: { lesson_status: 'incomplete' },
    });
    await start().session!.ready;
    expect(state().answers).toEqual({
      'why-backwards': { kind: 'choice', chosen: [1], correct: true },
      'vanishing-claims': { kind: 'choice', chosen: [0], correct: false },
    });
    // both quizzes answered, one right: 1 of 5 points; written back in the current format
    expect(lmsData(api).core).toMatchObject({ lesson_status: 'failed', score: { raw: '20' } });
    const written = lmsData(api).suspend_data;
    expect(written).toMatch(/^\{"v":2,/);
    expect(written).toContain('"a":{"why-backwards":"b+","vanishing-claims":"a-"}');
  });

  it('puts the link before the LMS’s data, and the LMS’s data before this browser’s', async () => {
    const saved = {
      suspend_data: '{"v":2,"l":"en","a":{"vanishing-claims":"ab+"}}',
      core: { lesson_status: 'incomplete' },
    };
    // what this computer's browser storage held (another learner's, perhaps)
    useAppStore.setState({
      language: 'pt-BR',
      answers: { 'why-backwards': { kind: 'choice', chosen: [0], correct: false } },
    });
    installLms(saved);
    await start().session!.ready;
    expect(state().language).toBe('en');
    expect(state().answers).toEqual({
      'vanishing-claims': { kind: 'choice', chosen: [0, 1], correct: true },
    });

    useAppStore.setState({ language: 'pt-BR' });
    installLms(saved);
    await start({ link: { language: 'pt-BR' } }).session!.ready;
    expect(state().language).toBe('pt-BR');
  });

  it('takes the pass mark from the LMS, else the link, else 70; 0 reports completed', async () => {
    const both = () => {
      choose(whyBackwards, 1);
      choose(saturating, 0, 1); // 40 %
    };
    const api = installLms({ student_data: { mastery_score: '30' } });
    const fromLms = start({ link: { mastery: 90 } }).session!;
    expect(fromLms.mastery).toBe(30);
    await fromLms.ready;
    both();
    expect(lmsData(api).core.lesson_status).toBe('passed');
    fromLms.finish();
    expect(lmsData(api).core.exit).toBe('');

    resetAppStore();
    const linked = installLms();
    const fromLink = start({ link: { mastery: 40 } }).session!;
    expect(fromLink.mastery).toBe(40);
    await fromLink.ready;
    both();
    expect(lmsData(linked).core.lesson_status).toBe('passed');
    fromLink.finish();

    resetAppStore();
    const none = installLms();
    const noMark = start({ link: { mastery: 0 } }).session!;
    expect(noMark.mastery).toBeNull();
    await noMark.ready;
    both();
    expect(lmsData(none).core.lesson_status).toBe('completed');
    noMark.finish();
  });

  it('finishes once on pagehide, with the session time, and stops reporting', async () => {
    const api = installLms();
    const finish = vi.spyOn(api, 'LMSFinish');
    const { session } = start();
    await session!.ready;
    clock += 62_500;
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    session!.finish();
    expect(finish).toHaveBeenCalledOnce();
    const data = lmsData(api);
    expect(data.core.session_time).toMatch(/^0*:01:02\.5/);
    expect(data.core.exit).toBe('suspend');
    const setValue = vi.spyOn(api, 'LMSSetValue');
    choose(whyBackwards, 1);
    expect(setValue).not.toHaveBeenCalled();
  });

  it('writes nothing to this browser’s storage once inside an LMS', async () => {
    state().setLanguage('en');
    expect(localStorage.getItem(PERSIST_NAME)).not.toBeNull(); // outside an LMS, it would
    localStorage.clear();
    installLms();
    await start({ storage: appStorage }).session!.ready;
    choose(whyBackwards, 1);
    state().setLanguage('pt-BR');
    expect(localStorage.getItem(PERSIST_NAME)).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Quiz } from '../../src/content/lesson/lesson-types';
import { startHostMessages, type ScoreMessage } from '../../src/lms/host-messages';
import { scoreAttempt } from '../../src/progress/scoring';
import { parseLinkSettings } from '../../src/store/link-settings';
import { storeProgressPort } from '../../src/store/progress-port';
import { selectProgress } from '../../src/store/quiz-slice';
import { resetAppStore, useAppStore } from '../../src/store/store';
import { choose, saturating, whyBackwards } from '../fixtures/lesson-fixture';

const ORIGIN = 'https://moodle.example.edu';
const quizzes: Quiz[] = [whyBackwards, saturating];
const state = () => useAppStore.getState();

/** A stand-in framing page: what the app posts to it, with the target origin of each post. */
function fakeParent() {
  const posted: { message: ScoreMessage; origin: string }[] = [];
  return {
    posted,
    postMessage: (message: ScoreMessage, origin: string) => posted.push({ message, origin }),
  };
}

function framed(parent: ReturnType<typeof fakeParent>): Window {
  return new Proxy(window, {
    get: (target, key) => {
      if (key === 'parent') return parent;
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

let stop: (() => void) | null = null;
beforeEach(() => resetAppStore());
afterEach(() => stop?.());

async function start(
  parent = fakeParent(),
  link: { parentOrigin?: string; mastery?: number } = { parentOrigin: ORIGIN },
) {
  stop = startHostMessages({
    window: framed(parent),
    progress: storeProgressPort(useAppStore),
    link,
    loadQuizzes: async () => quizzes,
  });
  await vi.waitFor(() => expect(parent.posted.length).toBeGreaterThan(0));
  return parent;
}

describe('the score posted to the page the link names', () => {
  it('reads the parent origin from the link, and refuses anything but an http(s) origin', () => {
    expect(parseLinkSettings(`?parent=${encodeURIComponent(ORIGIN)}`).parentOrigin).toBe(ORIGIN);
    for (const bad of ['*', 'javascript:alert(1)', `${ORIGIN}/course/1`, 'moodle', 'ftp://x.org']) {
      expect(parseLinkSettings(`?parent=${encodeURIComponent(bad)}`).parentOrigin).toBeUndefined();
    }
  });

  it('posts after each answer, only to that origin, with the SCORM-style score', async () => {
    const parent = await start();
    const count = parent.posted.length;
    choose(whyBackwards, 0);
    expect(parent.posted).toHaveLength(count + 1);
    const last = parent.posted.at(-1)!;
    expect(last.origin).toBe(ORIGIN);
    const expected = scoreAttempt(quizzes, selectProgress(state()), 70);
    expect(last.message).toEqual({
      source: 'backprop-lab',
      version: 1,
      type: 'score',
      raw: expected.raw,
      min: 0,
      max: 100,
      status: 'incomplete',
      completed: false,
    });
    expect(parent.posted.every((post) => post.origin === ORIGIN)).toBe(true);
  });

  it('says the attempt is completed once every quiz has a checked answer', async () => {
    const parent = await start(fakeParent(), { parentOrigin: ORIGIN, mastery: 40 });
    choose(whyBackwards, 1);
    expect(parent.posted.at(-1)!.message).toMatchObject({ completed: false, status: 'incomplete' });
    choose(saturating, 0, 1);
    // 2 quizzes right, no challenge: 2 of 5 points, at the link's pass mark
    expect(parent.posted.at(-1)!.message).toMatchObject({
      raw: 40,
      status: 'passed',
      completed: true,
    });
  });

  it('answers a score request from that page only', async () => {
    const parent = await start();
    const count = parent.posted.length;
    const request = { source: 'backprop-lab-host', type: 'request-score' };
    const send = (data: unknown, origin: string, source: unknown) =>
      window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
    send(request, 'https://evil.example.org', parent);
    send(request, ORIGIN, {});
    send({ ...request, type: 'reset' }, ORIGIN, parent);
    send('request-score', ORIGIN, parent);
    expect(parent.posted).toHaveLength(count);
    send(request, ORIGIN, parent);
    expect(parent.posted).toHaveLength(count + 1);
  });

  it('stays silent without a parent origin in the link', () => {
    const parent = fakeParent();
    const result = startHostMessages({
      window: framed(parent),
      progress: storeProgressPort(useAppStore),
      link: {},
      loadQuizzes: async () => quizzes,
    });
    expect(result).toBeNull();
  });
});

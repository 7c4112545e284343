import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChoiceQuiz } from '../../src/content/lesson/lesson-types';
import { EMPTY_PROGRESS } from '../../src/progress/progress';
import { isOrderKey, optionOrder } from '../../src/progress/option-order';
import { PERSIST_NAME } from '../../src/store/persistence';
import { storeProgressPort } from '../../src/store/progress-port';
import { resetAppStore, useAppStore } from '../../src/store/store';
import { saturating, singleQuiz, whyBackwards } from '../fixtures/lesson-fixture';

type Store = typeof useAppStore;

/** Twenty four-option quizzes besides the fixture's: together their orders almost never repeat. */
const quizzes: ChoiceQuiz[] = [
  whyBackwards,
  saturating,
  ...Array.from({ length: 20 }, (_, index) =>
    singleQuiz(`four-options-${index}`, `Pergunta ${index}?`, ['A', 'B', 'C', 'D'], index % 4),
  ),
];

/** Every quiz's options as the learner of `store` sees them now. */
function ordersIn(store: Store): number[][] {
  const { learnerId, attempt } = store.getState();
  return quizzes.map((quiz) =>
    optionOrder(quiz.options.length, { learner: learnerId, attempt }, quiz.id),
  );
}

/** The page loaded again: a fresh store module created from whatever storage holds now. */
async function reload(): Promise<Store> {
  vi.resetModules();
  return (await import('../../src/store/store')).useAppStore;
}

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

describe('the options’ order in this browser', () => {
  it('starts with a learner id and an attempt key, saved with the first change (main.tsx’s link)', async () => {
    const store = await reload();
    const { learnerId, attempt } = store.getState();
    expect(isOrderKey(learnerId)).toBe(true);
    expect(isOrderKey(attempt)).toBe(true);
    store.getState().applyLink({ view: 'lesson', projector: false });
    const saved = JSON.parse(localStorage.getItem(PERSIST_NAME) ?? 'null') as {
      state: { learner?: string; attempt?: string };
    };
    expect(saved.state).toMatchObject({ learner: learnerId, attempt });
  });

  it('is the same after a reload, before any answer and after one', async () => {
    const first = await reload();
    first.getState().applyLink({ view: 'lesson', projector: false });
    const shown = ordersIn(first);
    const second = await reload();
    expect(second.getState().learnerId).toBe(first.getState().learnerId);
    expect(ordersIn(second)).toEqual(shown);

    second.getState().answer(whyBackwards, { kind: 'choice', chosen: [1] });
    const third = await reload();
    expect(ordersIn(third)).toEqual(shown);
    expect(third.getState().answers['why-backwards']).toMatchObject({ chosen: [1], correct: true });
  });

  it('differs in another browser: another learner id, other orders', async () => {
    const first = await reload();
    first.getState().applyLink({ view: 'lesson', projector: false });
    localStorage.clear(); // another computer
    const other = await reload();
    expect(other.getState().learnerId).not.toBe(first.getState().learnerId);
    expect(ordersIn(other)).not.toEqual(ordersIn(first));
  });

  it('draws a new order on a new attempt ("Zerar progresso"), kept after a reload', async () => {
    const store = await reload();
    store.getState().answer(whyBackwards, { kind: 'choice', chosen: [1] });
    const { learnerId, attempt } = store.getState();
    const before = ordersIn(store);
    store.getState().resetProgress();
    expect(store.getState().learnerId).toBe(learnerId);
    expect(store.getState().attempt).not.toBe(attempt);
    expect(isOrderKey(store.getState().attempt)).toBe(true);
    const after = ordersIn(store);
    expect(after).not.toEqual(before);
    expect(ordersIn(await reload())).toEqual(after);
  });

  it('ignores a stored key that is not one the app draws, and draws its own', async () => {
    localStorage.setItem(
      PERSIST_NAME,
      JSON.stringify({ state: { answers: {}, learner: 'x', attempt: 42 }, version: 2 }),
    );
    const store = await reload();
    expect(isOrderKey(store.getState().learnerId)).toBe(true);
    expect(isOrderKey(store.getState().attempt)).toBe(true);
    expect(store.getState().storageNotice).toBeNull();
  });
});

describe('the options’ order inside an LMS', () => {
  const home = { kind: 'lms', name: null, review: false } as const;

  it('follows the LMS’s learner id and the attempt key of its record', () => {
    const port = storeProgressPort(useAppStore);
    port.resume({ ...EMPTY_PROGRESS, attempt: 'lmsattempt01' }, home, 'student-42');
    expect(useAppStore.getState()).toMatchObject({
      learnerId: 'student-42',
      attempt: 'lmsattempt01',
    });
    expect(port.read().attempt).toBe('lmsattempt01');
  });

  it('starts a new attempt, with a new key, when the record has none (not this browser’s)', () => {
    const browserAttempt = useAppStore.getState().attempt;
    storeProgressPort(useAppStore).resume(EMPTY_PROGRESS, home, 'student-42');
    const { attempt } = useAppStore.getState();
    expect(isOrderKey(attempt)).toBe(true);
    expect(attempt).not.toBe(browserAttempt);
  });
});

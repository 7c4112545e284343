import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createProgressStorage,
  PERSIST_NAME,
  PERSIST_VERSION,
  readPersisted,
} from '../../src/store/persistence';
import { createSafeStorage } from '../../src/store/safe-storage';
import { resetAppStore, useAppStore } from '../../src/store/store';
import { languageFromSearch } from '../../src/store/url-language';
import {
  choose,
  numericQuiz,
  saturating,
  typeNumber,
  whyBackwards,
} from '../fixtures/lesson-fixture';

const state = () => useAppStore.getState();
/** This browser's learner id and the attempt's key, saved beside the answers (option-order.ts). */
const orderKeys = () => ({ learner: state().learnerId, attempt: state().attempt });
const stored = () => JSON.parse(localStorage.getItem(PERSIST_NAME) ?? 'null');

/** Writes `value` as the saved progress, as a previous visit would have. */
function save(state: unknown, version = PERSIST_VERSION) {
  localStorage.setItem(PERSIST_NAME, JSON.stringify({ state, version }));
}

/** A fresh copy of the store module, created from whatever storage and URL there are now. */
async function freshStore() {
  vi.resetModules();
  return (await import('../../src/store/store')).useAppStore;
}

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('saving progress', () => {
  it('keeps the answers in this browser when storage works', async () => {
    expect((await freshStore()).getState().progressHome).toEqual({ kind: 'browser' });
  });

  it('saves the language and the answers, and nothing of the training', () => {
    choose(whyBackwards, 1);
    state().setLanguage('en');
    expect(PERSIST_VERSION).toBe(2);
    expect(stored()).toEqual({
      state: {
        language: 'en',
        answers: { 'why-backwards': { kind: 'choice', chosen: [1], correct: true } },
        ...orderKeys(),
      },
      version: 2,
    });
  });

  it('does not write to storage while training', () => {
    choose(whyBackwards, 1);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    for (let step = 0; step < 20; step++) state().nextPhase();
    state().completeIteration();
    expect(setItem).not.toHaveBeenCalled();
    choose(whyBackwards, 0);
    expect(setItem).toHaveBeenCalledTimes(1);
  });

  it('restores answers and language after a reload', async () => {
    choose(saturating, 0, 1);
    state().setLanguage('en');
    const saved = localStorage.getItem(PERSIST_NAME);
    resetAppStore(); // the page goes away…
    localStorage.setItem(PERSIST_NAME, saved as string);
    await useAppStore.persist.rehydrate(); // …and comes back
    expect(state().answers).toEqual({
      'vanishing-claims': { kind: 'choice', chosen: [0, 1], correct: true },
    });
    expect(state().language).toBe('en');
    expect(state().storageNotice).toBeNull();
  });

  it('restores a numeric answer after a reload, and never saves "submitted"', async () => {
    const slope = numericQuiz('sigmoid-slope-from-output', 'σ′(z)?', 0.16);
    typeNumber(slope, 0.16);
    useAppStore.setState({ submitted: true }); // only an LMS closes an attempt: not kept here
    expect(stored().state).toEqual({
      language: 'pt-BR',
      answers: { 'sigmoid-slope-from-output': { kind: 'numeric', value: 0.16, correct: true } },
      ...orderKeys(),
    });
    const saved = localStorage.getItem(PERSIST_NAME);
    resetAppStore();
    localStorage.setItem(PERSIST_NAME, saved as string);
    await useAppStore.persist.rehydrate();
    expect(state().answers).toEqual({
      'sigmoid-slope-from-output': { kind: 'numeric', value: 0.16, correct: true },
    });
    expect(state().submitted).toBe(false);
    expect(state().storageNotice).toBeNull();
  });

  it('reads a fresh module from storage at start-up', async () => {
    const answers = { 'why-backwards': { kind: 'choice', chosen: [1], correct: true } };
    save({ language: 'en', answers });
    const store = await freshStore();
    expect(store.getState().language).toBe('en');
    expect(store.getState().answers).toEqual(answers);
  });
});

describe('reading progress back', () => {
  it('drops what is invalid, keeps the rest and says so once', async () => {
    localStorage.setItem(
      PERSIST_NAME,
      JSON.stringify({
        state: {
          language: 'fr',
          answers: {
            'why-backwards': { kind: 'choice', chosen: [1], correct: true },
            'backprop-claims': { kind: 'choice', chosen: [-1], correct: true },
          },
        },
        version: PERSIST_VERSION,
      }).replace('"backprop-claims"', '"__proto__"'),
    );
    await useAppStore.persist.rehydrate();
    expect(state().answers).toEqual({
      'why-backwards': { kind: 'choice', chosen: [1], correct: true },
    });
    expect(Object.getPrototypeOf(state().answers)).toBe(Object.prototype);
    expect(state().language).toBe('pt-BR');
    expect(state().storageNotice).toBe('partlyUnreadable');
  });

  it('says part of release 1’s progress was unreadable when its migration drops an entry', async () => {
    localStorage.setItem(
      PERSIST_NAME,
      JSON.stringify({
        state: {
          answers: {
            'q-3-1': { chosen: [1], correct: true },
            'q-3-2': { chosen: [-1], correct: false },
          },
        },
        version: 1,
      }),
    );
    await useAppStore.persist.rehydrate();
    expect(state().answers).toEqual({
      'why-backwards': { kind: 'choice', chosen: [1], correct: true },
    });
    expect(state().storageNotice).toBe('partlyUnreadable');
  });

  it('keeps a valid __proto__-free store even when "__proto__" holds a valid answer', async () => {
    localStorage.setItem(
      PERSIST_NAME,
      '{"state":{"answers":{"__proto__":{"kind":"choice","chosen":[0],"correct":true}}},"version":2}',
    );
    await useAppStore.persist.rehydrate();
    expect(state().answers).toEqual({});
    expect(({} as Record<string, unknown>).chosen).toBeUndefined();
    expect(state().storageNotice).toBe('partlyUnreadable');
  });

  it('resets progress on corrupt JSON and shows one notice', async () => {
    choose(whyBackwards, 1);
    localStorage.setItem(PERSIST_NAME, '{"state": {"answers": ');
    await useAppStore.persist.rehydrate();
    expect(state().answers).toEqual({});
    expect(state().storageNotice).toBe('unreadable');
    // the unreadable data is gone, so the next visit starts clean and silent
    expect(localStorage.getItem(PERSIST_NAME)).toBeNull();
    state().dismissStorageNotice();
    await useAppStore.persist.rehydrate();
    expect(state().storageNotice).toBeNull();
  });

  it.each([['"just a string"'], ['null'], ['[1,2,3]'], ['{"version":1}']])(
    'treats %s as unreadable',
    async (raw) => {
      localStorage.setItem(PERSIST_NAME, raw);
      await useAppStore.persist.rehydrate();
      expect(state().storageNotice).toBe('unreadable');
      expect(state().answers).toEqual({});
    },
  );

  it('treats a state that is not an object as unreadable', () => {
    expect(readPersisted(42)).toMatchObject({ unusable: true, answers: {} });
    expect(readPersisted({ answers: {} })).toEqual({
      language: null,
      answers: {},
      dropped: 0,
      unusable: false,
    });
  });

  it('migrates an older version, keeping what validates, and saves it as version 2', async () => {
    save({ language: 'en', answers: { 'q-3-1': { chosen: [1], correct: true }, x: 1 } }, 0);
    await useAppStore.persist.rehydrate();
    expect(state().language).toBe('en');
    expect(state().answers).toEqual({
      'why-backwards': { kind: 'choice', chosen: [1], correct: true },
    });
    expect(stored().version).toBe(2);
  });

  it('moves version 1’s positional ids to the ids the quizzes have now, once', async () => {
    save(
      {
        language: 'en',
        answers: {
          'q-3-1': { chosen: [1], correct: true },
          'q-10-1': { chosen: [0], correct: false },
          'q-4-1': { chosen: [0, 1], correct: true },
          // an answer already under a current id wins over a migrated one
          'phase-order': { chosen: [2], correct: false },
          'q-7-1': { chosen: [1], correct: true },
        },
      },
      1,
    );
    await useAppStore.persist.rehydrate();
    expect(state().answers).toEqual({
      'why-backwards': { kind: 'choice', chosen: [1], correct: true },
      'vanishing-claims': { kind: 'choice', chosen: [0], correct: false },
      'why-squared': { kind: 'choice', chosen: [0, 1], correct: true },
      'phase-order': { kind: 'choice', chosen: [2], correct: false },
    });
    expect(stored()).toEqual({
      state: { language: 'en', answers: state().answers, ...orderKeys() },
      version: 2,
    });
    // read again, as version 2 now: the answers stay where they are
    await useAppStore.persist.rehydrate();
    expect(Object.keys(state().answers).sort()).toEqual(
      ['phase-order', 'vanishing-claims', 'why-backwards', 'why-squared'].sort(),
    );
  });
});

describe('storage that throws', () => {
  it('falls back to memory when even reaching localStorage throws', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    });
    const store = await freshStore();
    expect(store.getState().storageNotice).toBe('unavailable');
    // so the quiz intro says the answers live in this tab's memory, not in the browser
    expect(store.getState().progressHome).toEqual({ kind: 'memory' });
    store.getState().answer(whyBackwards, { kind: 'choice', chosen: [1] });
    const answers = { 'why-backwards': { kind: 'choice', chosen: [1], correct: true } };
    expect(store.getState().answers).toEqual(answers);
    await store.persist.rehydrate(); // reads back from memory
    expect(store.getState().answers).toEqual(answers);
  });

  it('keeps working when writes start to fail', () => {
    const failing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const storage = createSafeStorage(() => failing);
    expect(storage.persistent).toBe(true);
    storage.setItem('k', 'v');
    expect(storage.persistent).toBe(false);
    expect(storage.getItem('k')).toBe('v');
    storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
  });

  it('reports no browser storage once, as "unavailable"', () => {
    const storage = createProgressStorage(createSafeStorage(() => null));
    expect(storage.getItem(PERSIST_NAME)).toBeNull();
    expect(storage.takeProblem()).toBe('unavailable');
    expect(storage.takeProblem()).toBeNull();
  });
});

describe('the language at start-up', () => {
  it('reads ?lang= from the URL', () => {
    expect(languageFromSearch('?lang=en')).toBe('en');
    expect(languageFromSearch('?lang=EN-us')).toBe('en');
    expect(languageFromSearch('?x=1&lang=pt-BR')).toBe('pt-BR');
    expect(languageFromSearch('?lang=pt')).toBe('pt-BR');
    expect(languageFromSearch('?lang=fr')).toBeNull();
    expect(languageFromSearch('')).toBeNull();
  });

  it('is English with ?lang=en', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    expect((await freshStore()).getState().language).toBe('en');
  });

  it('lets ?lang= win over the remembered language', async () => {
    save({ language: 'en', answers: {} });
    window.history.replaceState(null, '', '/?lang=pt-BR');
    expect((await freshStore()).getState().language).toBe('pt-BR');
  });

  it('is the remembered one without ?lang=, and pt-BR by default', async () => {
    expect((await freshStore()).getState().language).toBe('pt-BR');
    save({ language: 'en', answers: {} });
    expect((await freshStore()).getState().language).toBe('en');
  });
});

describe('saving the challenges met', () => {
  it('saves them with the answers, writing once when a challenge is met while training', () => {
    choose(whyBackwards, 1);
    expect(stored().state).not.toHaveProperty('challengesCompleted');
    state().setDataset('xor');
    state().setWideLearningRate(true);
    state().setLearningRate(50);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    for (let frame = 0; frame < 8; frame++) state().autoIterations(25);
    expect(state().challengesCompleted).toEqual({ divergingRate: 50 });
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(stored().state).toEqual({
      language: 'pt-BR',
      answers: { 'why-backwards': { kind: 'choice', chosen: [1], correct: true } },
      challengesCompleted: { divergingRate: 50 },
      ...orderKeys(),
    });
    expect(stored().version).toBe(2);
  });

  it('restores them after a reload', async () => {
    useAppStore.setState({ challengesCompleted: { xor: { iteration: 480 }, crawlingRate: 0.01 } });
    const saved = localStorage.getItem(PERSIST_NAME);
    resetAppStore();
    expect(state().challengesCompleted).toEqual({});
    localStorage.setItem(PERSIST_NAME, saved as string);
    await useAppStore.persist.rehydrate();
    expect(state().challengesCompleted).toEqual({ xor: { iteration: 480 }, crawlingRate: 0.01 });
    expect(state().storageNotice).toBeNull();
  });

  it('loads data saved before challenges existed as none met', async () => {
    // saved by release 1, before quiz kinds and ids too
    save({ language: 'en', answers: { 'q-3-1': { chosen: [1], correct: true } } }, 1);
    const store = await freshStore();
    expect(store.getState().challengesCompleted).toEqual({});
    expect(store.getState().answers).toEqual({
      'why-backwards': { kind: 'choice', chosen: [1], correct: true },
    });
    expect(store.getState().storageNotice).toBeNull();
  });

  it('drops invalid records, keeps the rest and says so', async () => {
    save({
      answers: {},
      challengesCompleted: { reluFast: { iteration: 12 }, divergingRate: 'a lot', extra: 1 },
    });
    await useAppStore.persist.rehydrate();
    expect(state().challengesCompleted).toEqual({ reluFast: { iteration: 12 } });
    expect(state().storageNotice).toBe('partlyUnreadable');
  });

  it('keeps them when migrating an older version', async () => {
    save({ answers: {}, challengesCompleted: { divergingRate: 20 } }, 0);
    await useAppStore.persist.rehydrate();
    expect(state().challengesCompleted).toEqual({ divergingRate: 20 });
    expect(stored()).toEqual({
      state: {
        answers: {},
        challengesCompleted: { divergingRate: 20 },
        language: 'pt-BR',
        ...orderKeys(),
      },
      version: 2,
    });
  });
});

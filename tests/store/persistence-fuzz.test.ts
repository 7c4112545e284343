import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isLanguage } from '../../src/content/ui/messages';
import {
  createPersistOptions,
  PERSIST_NAME,
  PERSIST_VERSION,
  readPersisted,
} from '../../src/store/persistence';
import {
  isQuizId,
  MAX_ANSWERS,
  MAX_OPTIONS,
  type QuizAnswers,
  type QuizResponse,
} from '../../src/progress/answers';
import { isCorrectResponse } from '../../src/progress/kinds/registry';
import type { SafeStorage } from '../../src/store/safe-storage';
import { isThemeSetting } from '../../src/store/settings-slice';
import { initialAppState, resetAppStore, useAppStore, type AppState } from '../../src/store/store';
import { numericQuiz, saturating, whyBackwards } from '../fixtures/lesson-fixture';
import {
  DANGEROUS_KEYS,
  deeplyNested,
  edgeNumber,
  garbageString,
  jsonText,
  prototypeIsClean,
  prototypeSnapshot,
} from './fuzz-arbitraries';

const RUNS = { numRuns: 1000 };

afterEach(() => {
  resetAppStore();
  window.history.replaceState(null, '', '/');
});

/** Keys from the saved shape's own schema, the dangerous ones, quiz ids and garbage. */
const schemaKey = fc.oneof(
  fc.constantFrom('state', 'version', 'language', 'answers', 'kind', 'chosen', 'value', 'correct'),
  fc.constantFrom('theme', 'choice', 'numeric'),
  fc.constantFrom('q-3-1', 'q-4-2', 'why-backwards', 'phase-order', 'Q', 'q-3-1 ', '-q'),
  fc.constantFrom(...DANGEROUS_KEYS, 'polluted', 'toString', 'hasOwnProperty'),
  garbageString,
);

/** A `kind` as saved: the known ones, none (data saved before kinds existed), or garbage. */
const kindJson = fc.oneof(
  fc.constantFrom('choice', 'numeric', undefined, 'essay', '__proto__', 1, null),
  garbageString,
);
const correctJson = fc.oneof(fc.boolean(), fc.constantFrom(0, 1, 'true', null));

/** One saved choice answer: mostly well-formed, often subtly not. */
const choiceJson = fc
  .record({
    kind: kindJson,
    chosen: fc.oneof(
      fc.array(fc.integer({ min: 0, max: MAX_OPTIONS - 1 }), { maxLength: 4 }),
      fc.array(edgeNumber, { maxLength: 4 }),
      fc.constant(Array.from({ length: MAX_OPTIONS + 1 }, (_, index) => index % MAX_OPTIONS)),
    ),
    correct: correctJson,
  })
  .map(({ kind, chosen, correct }) =>
    JSON.stringify({ kind, chosen: chosen.map((n) => (Number.isFinite(n) ? n : 1e308)), correct }),
  );

/** One saved numeric answer: a number (finite, or past what JSON holds), text, or nothing. */
const numericJson = fc
  .record({
    kind: kindJson,
    value: fc.oneof(edgeNumber, fc.constantFrom('0.25', '1e400', null, [1], {})),
    correct: correctJson,
  })
  .map(({ kind, value, correct }) =>
    JSON.stringify({ kind, value, correct }).replace('"1e400"', '1e400'),
  );

const answerJson = fc.oneof(choiceJson, numericJson);

/** A whole `answers` object as JSON text, with dangerous and garbage keys among the quiz ids. */
const answersJson = fc
  .array(fc.tuple(schemaKey, fc.oneof(answerJson, jsonText(schemaKey, 2))), { maxLength: 8 })
  .map(
    (entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`,
  );

/** The `state` saved by persist: the schema's keys with right, wrong and hostile values. */
const stateJson = fc
  .record({
    language: fc.oneof(
      fc.constantFrom('"en"', '"pt-BR"', '"pt"', '"EN"', 'null', '1', '{}', '["en"]'),
      jsonText(schemaKey, 2),
    ),
    answers: fc.oneof(answersJson, jsonText(schemaKey, 3)),
    extra: fc.tuple(fc.constantFrom(...DANGEROUS_KEYS), jsonText(schemaKey, 2)),
  })
  .map(
    ({ language, answers, extra: [key, value] }) =>
      `{"language":${language},"answers":${answers},${JSON.stringify(key)}:${value}}`,
  );

/** The raw text in localStorage: a persist envelope, garbage JSON, deep nesting or not JSON. */
const storedText = fc.oneof(
  fc
    .tuple(
      stateJson,
      fc.oneof(
        fc.constantFrom('1', '0', '2', '-1', '1e308', '"1"', 'null'),
        jsonText(schemaKey, 1),
      ),
    )
    .map(([state, version]) => `{"state":${state},"version":${version}}`),
  fc
    .tuple(fc.constantFrom(...DANGEROUS_KEYS), stateJson)
    .map(([key, state]) => `{${JSON.stringify(key)}:{"polluted":true},"state":${state}}`),
  jsonText(schemaKey, 5),
  fc
    .integer({ min: 50, max: 3000 })
    .map((levels) => `{"state":{"answers":${deeplyNested('1', levels)}}}`),
  fc.string({ maxLength: 50 }),
);

/** Checks what a read kept: a known language or none, well-formed answers, nothing inherited. */
function expectValidAnswers(answers: QuizAnswers) {
  expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  const entries = Object.entries(answers);
  expect(entries.length).toBeLessThanOrEqual(MAX_ANSWERS);
  for (const [quizId, answer] of entries) {
    expect(isQuizId(quizId)).toBe(true);
    expect(typeof answer.correct).toBe('boolean');
    expect(['choice', 'numeric']).toContain(answer.kind);
    if (answer.kind === 'numeric') {
      expect(Number.isFinite(answer.value)).toBe(true);
      expect(Object.keys(answer).sort()).toEqual(['correct', 'kind', 'value']);
      continue;
    }
    expect(Object.keys(answer).sort()).toEqual(['chosen', 'correct', 'kind']);
    expect(answer.chosen.length).toBeGreaterThan(0);
    answer.chosen.forEach((index, at) => {
      expect(Number.isInteger(index) && index >= 0 && index < MAX_OPTIONS).toBe(true);
      if (at > 0) expect(index).toBeGreaterThan(answer.chosen[at - 1]!);
    });
  }
}

/** A SafeStorage that holds `raw` under the persist name. */
function storageHolding(raw: string | null): SafeStorage {
  const values = new Map<string, string>(raw === null ? [] : [[PERSIST_NAME, raw]]);
  return {
    persistent: true,
    getItem: (name) => values.get(name) ?? null,
    setItem: (name, value) => void values.set(name, value),
    removeItem: (name) => void values.delete(name),
    keepInMemory: () => undefined,
  };
}

/** What zustand's persist does on start-up: read, migrate when the version differs, merge. */
async function hydrate(raw: string | null): Promise<AppState> {
  const options = createPersistOptions(storageHolding(raw));
  const stored = await options.storage!.getItem(PERSIST_NAME);
  let persisted: unknown = undefined;
  if (stored) {
    persisted =
      stored.version === PERSIST_VERSION
        ? stored.state
        : await options.migrate!(stored.state, stored.version ?? 0);
  }
  return options.merge!(persisted, initialAppState);
}

describe('readPersisted, fuzzed', () => {
  it('never throws, keeps only valid values and pollutes nothing', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(fc.oneof(stateJson, jsonText(schemaKey, 5)), (text) => {
        const read = readPersisted(JSON.parse(text));
        expect(read.language === null || isLanguage(read.language)).toBe(true);
        expect(read.theme === undefined || isThemeSetting(read.theme)).toBe(true);
        expectValidAnswers(read.answers);
        expect(Number.isInteger(read.dropped) && read.dropped >= 0).toBe(true);
        expect(prototypeIsClean(before)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never throws on any JavaScript value either', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 4 }),
        (value) => {
          expectValidAnswers(readPersisted(value).answers);
          expect(prototypeIsClean(before)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe('loading stored progress (read, migrate, merge), fuzzed', () => {
  it('never throws; the state has a known language, valid answers and a known notice', async () => {
    const before = prototypeSnapshot();
    const seen = { kept: 0, notices: new Set<string | null>() };
    await fc.assert(
      fc.asyncProperty(storedText, async (raw) => {
        const state = await hydrate(raw);
        if (Object.keys(state.answers).length > 0) seen.kept++;
        seen.notices.add(state.storageNotice);
        expect(isLanguage(state.language)).toBe(true);
        expect(isThemeSetting(state.theme)).toBe(true);
        expectValidAnswers(state.answers);
        expect([null, 'unreadable', 'partlyUnreadable', 'unavailable']).toContain(
          state.storageNotice,
        );
        expect(state.session).toBe(initialAppState.session);
        expect(prototypeIsClean(before)).toBe(true);
      }),
      RUNS,
    );
    // the inputs reach every branch: answers kept, and each kind of notice
    expect(seen.kept).toBeGreaterThan(0);
    expect([...seen.notices].sort()).toEqual([null, 'partlyUnreadable', 'unreadable'].sort());
  });

  it('the quiz actions refuse hostile ids and responses', () => {
    const before = prototypeSnapshot();
    const quizzes = [whyBackwards, saturating, numericQuiz('slope', 'σ′(0)?', 0.25)];
    const response: fc.Arbitrary<QuizResponse> = fc.oneof(
      fc
        .array(edgeNumber, { maxLength: 5 })
        .map((chosen): QuizResponse => ({ kind: 'choice', chosen })),
      edgeNumber.map((value): QuizResponse => ({ kind: 'numeric', value })),
    );
    fc.assert(
      fc.property(
        schemaKey,
        fc.constantFrom(...quizzes),
        response,
        fc.boolean(),
        (quizId, template, given, submit) => {
          const quiz = { ...template, id: quizId };
          const { answer, retry, submitAttempt } = useAppStore.getState();
          answer(quiz, given);
          retry(quizId);
          answer(quiz, given);
          if (submit) submitAttempt();
          const { answers, submitted } = useAppStore.getState();
          expectValidAnswers(answers);
          // whatever was kept was scored by the domain, never taken from the caller
          if (Object.hasOwn(answers, quizId)) {
            expect(isQuizId(quizId)).toBe(true);
            const kept = answers[quizId]!;
            expect(kept.kind).toBe(quiz.kind);
            expect(kept.correct).toBe(isCorrectResponse(quiz, kept));
          }
          expect(submitted).toBe(false); // outside an LMS nothing closes the attempt
          expect(prototypeIsClean(before)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

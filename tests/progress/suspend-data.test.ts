import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_OPTIONS, type QuizAnswer } from '../../src/progress/answers';
import {
  SUSPEND_DATA_LIMIT,
  SUSPEND_DATA_VERSION,
  decodeSuspendData,
  encodeSuspendData,
} from '../../src/progress/encoders/suspend-data';
import { formatOrderKey } from '../../src/progress/option-order';
import { EMPTY_PROGRESS, type Progress } from '../../src/progress/progress';

const quizId = fc.stringMatching(/^q-[0-9]{1,2}-[0-9]{1,2}$|^[A-Za-z0-9][\w.:-]{0,99}$/);
const choiceAnswer: fc.Arbitrary<QuizAnswer> = fc
  .record({
    chosen: fc.uniqueArray(fc.integer({ min: 0, max: MAX_OPTIONS - 1 }), {
      minLength: 1,
      maxLength: MAX_OPTIONS,
    }),
    correct: fc.boolean(),
  })
  .map(({ chosen, correct }) => ({
    kind: 'choice',
    chosen: [...chosen].sort((a, b) => a - b),
    correct,
  }));
const numericAnswer: fc.Arbitrary<QuizAnswer> = fc
  .record({
    value: fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1000, max: 1000 }),
    ),
    correct: fc.boolean(),
  })
  // -0 is written as 0, the same number to the learner and to scoring
  .map(({ value, correct }) => ({ kind: 'numeric', value: value === 0 ? 0 : value, correct }));
const progress: fc.Arbitrary<Progress> = fc.record({
  language: fc.constantFrom('pt-BR' as const, 'en' as const, null),
  answers: fc.dictionary(quizId, fc.oneof(choiceAnswer, numericAnswer), { maxKeys: 400 }),
  challengesCompleted: fc.record(
    {
      reluFast: fc.record({ iteration: fc.integer({ min: 0, max: 1e9 }) }),
      xor: fc.record({ iteration: fc.integer({ min: 0, max: 1e9 }) }),
      divergingRate: fc.double({ min: 0.01, max: 50, noNaN: true }),
      crawlingRate: fc.double({ min: 0.01, max: 50, noNaN: true }),
    },
    { requiredKeys: [] },
  ),
  submitted: fc.boolean(),
  attempt: fc.option(fc.stringMatching(/^[a-z0-9]{8,32}$/), { nil: null }),
});

describe('cmi.suspend_data', () => {
  it('round-trips a learner’s answers, challenges and language in a versioned format', () => {
    const saved: Progress = {
      language: 'en',
      answers: {
        'why-backwards': { kind: 'choice', chosen: [1], correct: true },
        'vanishing-claims': { kind: 'choice', chosen: [0, 2], correct: false },
      },
      challengesCompleted: { xor: { iteration: 40 }, divergingRate: 20 },
      submitted: false,
      attempt: null,
    };
    const text = encodeSuspendData(saved);
    expect(SUSPEND_DATA_VERSION).toBe(2);
    expect(text).toBe(
      '{"v":2,"l":"en","a":{"why-backwards":"b+","vanishing-claims":"ac-"},"c":{"xor":{"iteration":40},"divergingRate":20}}',
    );
    expect(decodeSuspendData(text)).toEqual(saved);
  });

  it('keeps the attempt’s key, so that a resumed launch shows the options in the same order', () => {
    const attempt = formatOrderKey([0x12345678, 0x9abcdef0]);
    const text = encodeSuspendData({ ...EMPTY_PROGRESS, attempt });
    expect(JSON.parse(text)).toEqual({ v: SUSPEND_DATA_VERSION, a: {}, n: attempt });
    expect(decodeSuspendData(text).attempt).toBe(attempt);
    // a record without one (a new attempt, or one saved before keys existed) has none
    expect(decodeSuspendData(JSON.stringify({ v: 2, a: {} })).attempt).toBeNull();
    for (const invalid of ['', 'short', 'UPPER-CASE-KEY', 12345678, { a: 1 }, 'x'.repeat(33)]) {
      expect(decodeSuspendData(JSON.stringify({ v: 2, a: {}, n: invalid })).attempt).toBeNull();
    }
  });

  it('round-trips a numeric answer as its decimal, right or wrong', () => {
    const saved: Progress = {
      ...EMPTY_PROGRESS,
      answers: {
        'sigmoid-slope-from-output': { kind: 'numeric', value: 0.16, correct: true },
        'learning-rate': { kind: 'numeric', value: -2.5e-7, correct: false },
        'why-backwards': { kind: 'choice', chosen: [1], correct: true },
      },
    };
    const text = encodeSuspendData(saved);
    expect(text).toBe(
      '{"v":2,"a":{"sigmoid-slope-from-output":"=0.16+","learning-rate":"=-2.5e-7-","why-backwards":"b+"}}',
    );
    expect(decodeSuspendData(text)).toEqual(saved);
    // a number that does not parse is dropped, the rest kept
    expect(
      decodeSuspendData('{"v":2,"a":{"a":"=+","b":"=abc-","c":"=Infinity+","d":"=0.25-"}}').answers,
    ).toEqual({ d: { kind: 'numeric', value: 0.25, correct: false } });
  });

  it('writes "s":1 once the learner submitted the attempt, and reads only that as submitted', () => {
    const saved: Progress = {
      ...EMPTY_PROGRESS,
      language: 'pt-BR',
      answers: { 'why-backwards': { kind: 'choice', chosen: [0], correct: false } },
      submitted: true,
    };
    const text = encodeSuspendData(saved);
    expect(text).toBe('{"v":2,"l":"pt-BR","a":{"why-backwards":"a-"},"s":1}');
    expect(decodeSuspendData(text)).toEqual(saved);
    for (const flag of ['0', 'true', '"1"', '2']) {
      expect(decodeSuspendData(`{"v":2,"a":{},"s":${flag}}`).submitted).toBe(false);
    }
  });

  it('moves release 1’s positional ids ("v":1) to the ids the quizzes have now', () => {
    const read = decodeSuspendData(
      '{"v":1,"l":"en","a":{"q-3-1":"b+","q-10-1":"ab+","q-4-1":"a-","phase-order":"b+"}}',
    );
    expect(read).toEqual({
      ...EMPTY_PROGRESS,
      language: 'en',
      answers: {
        'why-backwards': { kind: 'choice', chosen: [1], correct: true },
        'vanishing-claims': { kind: 'choice', chosen: [0, 1], correct: true },
        'why-squared': { kind: 'choice', chosen: [0], correct: false },
        'phase-order': { kind: 'choice', chosen: [1], correct: true },
      },
    });
    // version 2 ids are the lesson's own: "q-3-1" there is not release 1's
    expect(Object.keys(decodeSuspendData('{"v":2,"a":{"q-3-1":"b+"}}').answers)).toEqual(['q-3-1']);
  });

  it('keeps what still validates from another version, and reads blank or broken data as empty', () => {
    expect(
      decodeSuspendData('{"v":3,"a":{"q-1-1":"a+","bad id":"a+","q-2-1":"??"},"x":1}'),
    ).toEqual({
      ...EMPTY_PROGRESS,
      answers: { 'q-1-1': { kind: 'choice', chosen: [0], correct: true } },
    });
    for (const text of ['', 'null', '[]', '{"a":{"q-1-1":"a+"}}', '{', 'x'.repeat(5000), 42]) {
      expect(decodeSuspendData(text)).toEqual(EMPTY_PROGRESS);
    }
  });

  it('always fits under 4,096 characters, never throws, and keeps what fits (1,000 cases)', () => {
    fc.assert(
      fc.property(progress, (saved) => {
        const text = encodeSuspendData(saved);
        expect(text.length).toBeLessThan(SUSPEND_DATA_LIMIT);
        const read = decodeSuspendData(text);
        expect(read.language).toBe(saved.language);
        expect(read.challengesCompleted).toEqual(saved.challengesCompleted);
        expect(read.submitted).toBe(saved.submitted);
        expect(read.attempt).toBe(saved.attempt);
        // every answer read back is one that was saved, unchanged; if some were left out, it was full
        const kept = Object.keys(read.answers);
        for (const id of kept) expect(read.answers[id]).toEqual(saved.answers[id]);
        if (kept.length < Object.keys(saved.answers).length) {
          expect(text.length).toBeGreaterThan(SUSPEND_DATA_LIMIT - 180);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any string without throwing (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 4200 }), fc.json()), (text) => {
        const read = decodeSuspendData(text);
        expect(typeof read.answers).toBe('object');
      }),
      { numRuns: 1000 },
    );
  });
});

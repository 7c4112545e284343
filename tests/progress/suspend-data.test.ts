import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_OPTIONS } from '../../src/store/quiz-answers';
import {
  SUSPEND_DATA_LIMIT,
  decodeSuspendData,
  encodeSuspendData,
  type SuspendedProgress,
} from '../../src/lms/suspend-data';

const quizId = fc.stringMatching(/^q-[0-9]{1,2}-[0-9]{1,2}$|^[A-Za-z0-9][\w.:-]{0,99}$/);
const answer = fc.record({
  chosen: fc.uniqueArray(fc.integer({ min: 0, max: MAX_OPTIONS - 1 }), {
    minLength: 1,
    maxLength: MAX_OPTIONS,
  }),
  correct: fc.boolean(),
});
const progress: fc.Arbitrary<SuspendedProgress> = fc.record({
  language: fc.constantFrom('pt-BR' as const, 'en' as const, null),
  answers: fc
    .dictionary(quizId, answer, { maxKeys: 400 })
    .map((answers) =>
      Object.fromEntries(
        Object.entries(answers).map(([id, entry]) => [
          id,
          { ...entry, chosen: [...entry.chosen].sort((a, b) => a - b) },
        ]),
      ),
    ),
  challengesCompleted: fc.record(
    {
      reluFast: fc.record({ iteration: fc.integer({ min: 0, max: 1e9 }) }),
      xor: fc.record({ iteration: fc.integer({ min: 0, max: 1e9 }) }),
      divergingRate: fc.double({ min: 0.01, max: 50, noNaN: true }),
      crawlingRate: fc.double({ min: 0.01, max: 50, noNaN: true }),
    },
    { requiredKeys: [] },
  ),
});

describe('cmi.suspend_data', () => {
  it('round-trips a learner’s answers, challenges and language in a versioned format', () => {
    const saved: SuspendedProgress = {
      language: 'en',
      answers: {
        'q-3-1': { chosen: [1], correct: true },
        'q-10-1': { chosen: [0, 2], correct: false },
      },
      challengesCompleted: { xor: { iteration: 40 }, divergingRate: 20 },
    };
    const text = encodeSuspendData(saved);
    expect(text).toBe(
      '{"v":1,"l":"en","a":{"q-3-1":"b+","q-10-1":"ac-"},"c":{"xor":{"iteration":40},"divergingRate":20}}',
    );
    expect(decodeSuspendData(text)).toEqual(saved);
  });

  it('keeps what still validates from another version, and reads blank or broken data as empty', () => {
    const empty = { language: null, answers: {}, challengesCompleted: {} };
    expect(
      decodeSuspendData('{"v":2,"a":{"q-1-1":"a+","bad id":"a+","q-2-1":"??"},"x":1}'),
    ).toEqual({ ...empty, answers: { 'q-1-1': { chosen: [0], correct: true } } });
    for (const text of ['', 'null', '[]', '{"a":{"q-1-1":"a+"}}', '{', 'x'.repeat(5000), 42]) {
      expect(decodeSuspendData(text)).toEqual(empty);
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

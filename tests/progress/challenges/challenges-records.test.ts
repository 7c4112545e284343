import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChallengeResults } from '../../../src/progress/challenges/challenges';
import {
  completedChallenges,
  readChallengeRecords,
  recordResults,
  type ChallengeRecords,
} from '../../../src/progress/challenges/challenges-records';
import {
  challengeRecordsJson,
  prototypeIsClean,
  prototypeSnapshot,
} from '../../store/fuzz-arbitraries';

/** Results with nothing met, changed by `change`. */
function results(change: (results: ChallengeResults) => void = () => {}): ChallengeResults {
  const value: ChallengeResults = {
    reluFast: { metAt: null, error: 0.1, iterations: 5, blocker: null },
    xor: { met: false, correct: 2, total: 4, error: 0.1, blocker: null },
    learningRates: {
      diverging: null,
      crawling: null,
      window: null,
      sinceSet: null,
      learningRate: 0.1,
      iterationsAtRate: 5,
    },
  };
  change(value);
  return value;
}

describe('recordResults', () => {
  it('returns the same records when nothing new is met', () => {
    const records: ChallengeRecords = { xor: { iteration: 3 } };
    expect(recordResults(records, results(), 9)).toBe(records);
  });

  it('records each challenge the first time, and never replaces a record', () => {
    const first = recordResults(
      {},
      results((r) => {
        r.reluFast.metAt = 42;
        r.xor.met = true;
        r.learningRates.diverging = 50;
      }),
      120,
    );
    expect(first).toEqual({
      reluFast: { iteration: 42 },
      xor: { iteration: 120 },
      divergingRate: 50,
    });
    expect(completedChallenges(first)).toEqual(['reluFast', 'xor']);
    const second = recordResults(
      first,
      results((r) => {
        r.reluFast.metAt = 7;
        r.learningRates.diverging = 20;
        r.learningRates.crawling = 0.01;
      }),
      300,
    );
    expect(second).toEqual({ ...first, crawlingRate: 0.01 });
    expect(completedChallenges(second)).toEqual(['reluFast', 'xor', 'learningRates']);
  });
});

describe('readChallengeRecords', () => {
  it('keeps valid records and counts what it drops', () => {
    expect(readChallengeRecords(undefined)).toEqual({ records: {}, dropped: 0 });
    expect(readChallengeRecords([1])).toEqual({ records: {}, dropped: 1 });
    expect(
      readChallengeRecords({
        reluFast: { iteration: 17 },
        xor: { iteration: -1 },
        divergingRate: 50,
        crawlingRate: 0.001,
        extra: true,
      }),
    ).toEqual({ records: { reluFast: { iteration: 17 }, divergingRate: 50 }, dropped: 3 });
  });

  it('never throws on stored text, keeps only valid records and pollutes nothing', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(challengeRecordsJson, (text) => {
        const { records, dropped } = readChallengeRecords(JSON.parse(text));
        expect(Object.getPrototypeOf(records)).toBe(Object.prototype);
        for (const [key, value] of Object.entries(records)) {
          if (key === 'reluFast' || key === 'xor') {
            expect(Object.keys(value as object)).toEqual(['iteration']);
            const { iteration } = value as { iteration: number };
            expect(Number.isInteger(iteration) && iteration >= 0 && iteration <= 1e9).toBe(true);
          } else {
            expect(['divergingRate', 'crawlingRate']).toContain(key);
            expect(value as number).toBeGreaterThanOrEqual(0.01);
            expect(value as number).toBeLessThanOrEqual(50);
          }
        }
        expect(Number.isInteger(dropped) && dropped >= 0).toBe(true);
        // what is kept reads back unchanged
        expect(readChallengeRecords(JSON.parse(JSON.stringify(records)))).toEqual({
          records,
          dropped: 0,
        });
        expect(prototypeIsClean(before)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

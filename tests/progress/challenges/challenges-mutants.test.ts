import { describe, expect, it } from 'vitest';
import {
  CHALLENGE_RULES,
  learningRateResult,
  reluFastResult,
  xorResult,
} from '../../../src/progress/challenges/challenges';
import type { ChallengeSnapshot } from '../../../src/progress/challenges/challenges';
import { freshRun } from '../../../src/progress/challenges/challenges-run';
import { history, snapshot } from './challenge-snapshot';

/** `count` + 1 records, from `from` at iteration 0 to `to` at iterations 1 … count. */
const jump = (from: number, to: number, count = 100) =>
  history([from, ...Array.from({ length: count }, () => to)]);

describe('challenge 1 boundaries', () => {
  it('accepts a run that started exactly at 0.05', () => {
    expect(reluFastResult(snapshot({ run: freshRun(0.05) })).blocker).not.toBe('startedLow');
  });

  it('counts a record at iteration 1 below 0.05, but not one exactly at 0.05', () => {
    const below = reluFastResult(snapshot({ iteration: 5, recorded: history([0.2, 0.01]) }));
    expect(below.metAt).toBe(1);
    const at = reluFastResult(snapshot({ iteration: 5, recorded: history([0.2, 0.05]) }));
    expect(at.metAt).toBeNull();
  });

  it('does not count the current error once the run has diverged', () => {
    const result = reluFastResult(
      snapshot({
        status: 'diverged',
        iteration: 10,
        measure: { ...snapshot().measure, error: 0.01 },
      }),
    );
    expect(result.metAt).toBeNull();
  });

  it('takes the current iteration when it is earlier than the first low record', () => {
    const recorded = { iterations: [0, 10], losses: [0.2, 0.01] };
    const result = reluFastResult(
      snapshot({ iteration: 5, recorded, measure: { ...snapshot().measure, error: 0.01 } }),
    );
    expect(result.metAt).toBe(5);
  });

  it('blames too many iterations only when unmet, from iteration 200 exactly', () => {
    expect(reluFastResult(snapshot({ iteration: 200 })).blocker).toBe('tooManyIterations');
    expect(reluFastResult(snapshot({ iteration: 10 })).blocker).toBeNull();
    const metEarly = reluFastResult(snapshot({ iteration: 300, recorded: history([0.2, 0.01]) }));
    expect(metEarly.metAt).toBe(1);
    expect(metEarly.blocker).toBeNull();
  });
});

describe('challenge 2 boundaries', () => {
  const xor = (predictions: number[], targets: number[]) =>
    xorResult(snapshot({ dataset: 'xor', measure: { error: 0.1, predictions, targets } }));

  it('puts ŷ = 0.5 on neither side, and a target of 0.5 on the class-1 side', () => {
    expect(xor([0.5, 0.9, 0.9, 0.1], [0, 1, 1, 0]).correct).toBe(3);
    expect(xor([0.6, 0.9, 0.9, 0.1], [0.5, 1, 1, 0]).correct).toBe(4);
  });

  it('needs exactly four predictions, not four right out of five', () => {
    const result = xor([0.1, 0.9, 0.9, 0.1, 0.1], [0, 1, 1, 0, 1]);
    expect(result.correct).toBe(4);
    expect(result.met).toBe(false);
  });
});

describe('challenge 3 boundaries', () => {
  it('diverges at exactly 1.5 times the loss, and at a rise of exactly 0.01', () => {
    expect(
      learningRateResult(snapshot({ learningRate: 5, recorded: jump(0.5, 0.75) })).diverging,
    ).toBe(5);
    // 0.02 − 0.01 is exactly 0.01 in binary floating point (0.02 = 2 · 0.01)
    expect(
      learningRateResult(snapshot({ learningRate: 5, recorded: jump(0.01, 0.02) })).diverging,
    ).toBe(5);
  });

  const crawling = (overrides: Partial<ChallengeSnapshot>) =>
    learningRateResult(snapshot({ iteration: 100, ...overrides })).crawling;

  it('crawls at η = 0.1 exactly, on a flat loss, from exactly 0.01, and on a fall of just under 1%', () => {
    expect(crawling({ learningRate: 0.1, recorded: jump(0.1, 0.0995) })).toBe(0.1);
    expect(crawling({ learningRate: 0.05, recorded: jump(0.1, 0.1) })).toBe(0.05);
    expect(crawling({ learningRate: 0.05, recorded: jump(0.01, 0.00999) })).toBe(0.05);
    expect(crawling({ learningRate: 0.05, recorded: jump(100, 99.5) })).toBe(0.05);
  });

  it('does not crawl on a fall of exactly 1% (100 → 99 is exactly −0.01)', () => {
    expect((99 - 100) / 100).toBe(-CHALLENGE_RULES.crawlFall);
    expect(crawling({ learningRate: 0.05, recorded: jump(100, 99) })).toBeNull();
  });

  it('tolerates η a hair above 0.1 from rounding', () => {
    const rate = 0.1 + 1e-12;
    expect(crawling({ learningRate: rate, recorded: jump(0.1, 0.0995) })).toBe(rate);
  });

  it('counts the iterations since η was set', () => {
    const result = learningRateResult(
      snapshot({ iteration: 150, run: { ...freshRun(0.2), segmentStart: 50 } }),
    );
    expect(result.iterationsAtRate).toBe(100);
    expect(
      learningRateResult(snapshot({ iteration: 0, run: { ...freshRun(0.2), segmentStart: 50 } }))
        .iterationsAtRate,
    ).toBe(0);
  });
});

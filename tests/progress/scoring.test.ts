import { describe, expect, it } from 'vitest';
import { readMastery, roundScore, scoreAttempt } from '../../src/lms/scoring';
import { saturating, whyBackwards } from '../components/lesson/lesson-fixture';

const quizzes = [whyBackwards, saturating];

describe('the score reported to the LMS', () => {
  it('gives one point per exactly right quiz and one per challenge met, in percent', () => {
    // 2 quizzes + 3 challenges = 5 points possible
    expect(scoreAttempt(quizzes, {}, {}, 70)).toEqual({
      raw: 0,
      status: 'incomplete',
      allAnswered: false,
    });
    const oneRight = { 'q-3-1': { chosen: [1], correct: true } };
    expect(scoreAttempt(quizzes, oneRight, {}, 70).raw).toBe(20);
    // all or nothing: one of the two correct options of the multiple-answer quiz scores nothing
    const partly = { ...oneRight, 'q-10-1': { chosen: [0], correct: false } };
    expect(scoreAttempt(quizzes, partly, {}, 70)).toEqual({
      raw: 20,
      status: 'failed',
      allAnswered: true,
    });
    const both = { ...oneRight, 'q-10-1': { chosen: [0, 1], correct: true } };
    const challenges = { xor: { iteration: 40 }, reluFast: { iteration: 12 } };
    expect(scoreAttempt(quizzes, both, challenges, 70)).toMatchObject({
      raw: 80,
      status: 'passed',
    });
    // challenge 3 counts once both of its parts are met
    expect(scoreAttempt(quizzes, both, { divergingRate: 20 }, 70).raw).toBe(40);
    expect(scoreAttempt(quizzes, both, { divergingRate: 20, crawlingRate: 0.01 }, 70).raw).toBe(60);
  });

  it('rescores the latest answer against the quiz, not the stored flag', () => {
    const stale = { 'q-3-1': { chosen: [0], correct: true } };
    expect(scoreAttempt(quizzes, stale, {}, 70).raw).toBe(0);
  });

  it('passes at exactly the mastery score, and says completed when there is no pass mark', () => {
    const both = {
      'q-3-1': { chosen: [1], correct: true },
      'q-10-1': { chosen: [0, 1], correct: true },
    };
    expect(scoreAttempt(quizzes, both, {}, 40).status).toBe('passed');
    expect(scoreAttempt(quizzes, both, {}, 40.01).status).toBe('failed');
    expect(scoreAttempt(quizzes, both, {}, null).status).toBe('completed');
    expect(scoreAttempt([], {}, {}, 70)).toMatchObject({ raw: 0, status: 'failed' });
  });

  it('rounds to at most two decimals within 0–100', () => {
    expect(roundScore(100 / 3)).toBe(33.33);
    expect(roundScore(200 / 3)).toBe(66.67);
    expect(roundScore(150)).toBe(100);
    expect(roundScore(Number.NaN)).toBe(0);
    const one = [whyBackwards];
    const right = { 'q-3-1': { chosen: [1], correct: true } };
    // 1 of 4 points
    expect(String(scoreAttempt(one, right, {}, 70).raw)).toBe('25');
  });

  it('reads a mastery score only within 0–100', () => {
    expect(readMastery('80')).toBe(80);
    expect(readMastery(62.5)).toBe(62.5);
    expect(readMastery('')).toBeNull();
    expect(readMastery('101')).toBeNull();
    expect(readMastery('abc')).toBeNull();
    expect(readMastery(undefined)).toBeNull();
  });
});

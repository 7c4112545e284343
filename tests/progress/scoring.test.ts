import { describe, expect, it } from 'vitest';
import type { ChallengeRecords } from '../../src/progress/challenges/challenges-records';
import type { QuizAnswer, QuizAnswers } from '../../src/progress/answers';
import {
  DEFAULT_MASTERY,
  masteryFrom,
  readMastery,
  roundScore,
  scoreAttempt,
} from '../../src/progress/scoring';
import { numericQuiz, saturating, whyBackwards } from '../fixtures/lesson-fixture';

const quizzes = [whyBackwards, saturating];

/** A checked choice answer with the flag it was saved with. */
const ticked = (correct: boolean, ...chosen: number[]): QuizAnswer => ({
  kind: 'choice',
  chosen,
  correct,
});

/** The attempt as scoring reads it: answers, challenges met, and whether it was submitted. */
const attempt = (
  answers: QuizAnswers,
  challengesCompleted: ChallengeRecords = {},
  submitted = false,
) => ({ answers, challengesCompleted, submitted });

describe('the score reported to the LMS', () => {
  it('gives one point per exactly right quiz and one per challenge met, in percent', () => {
    // 2 quizzes + 3 challenges = 5 points possible
    expect(scoreAttempt(quizzes, attempt({}), 70)).toEqual({
      raw: 0,
      status: 'incomplete',
      allAnswered: false,
      closed: false,
    });
    const oneRight = { [whyBackwards.id]: ticked(true, 1) };
    expect(scoreAttempt(quizzes, attempt(oneRight), 70).raw).toBe(20);
    // all or nothing: one of the two correct options of the multiple-answer quiz scores nothing
    const partly = { ...oneRight, [saturating.id]: ticked(false, 0) };
    expect(scoreAttempt(quizzes, attempt(partly), 70)).toEqual({
      raw: 20,
      status: 'failed',
      allAnswered: true,
      closed: true,
    });
    const both = { ...oneRight, [saturating.id]: ticked(true, 0, 1) };
    const challenges = { xor: { iteration: 40 }, reluFast: { iteration: 12 } };
    expect(scoreAttempt(quizzes, attempt(both, challenges), 70)).toMatchObject({
      raw: 80,
      status: 'passed',
    });
    // challenge 3 counts once both of its parts are met
    expect(scoreAttempt(quizzes, attempt(both, { divergingRate: 20 }), 70).raw).toBe(40);
    expect(
      scoreAttempt(quizzes, attempt(both, { divergingRate: 20, crawlingRate: 0.01 }), 70).raw,
    ).toBe(60);
  });

  it('rescores the latest answer against the quiz, not the stored flag', () => {
    const stale = { [whyBackwards.id]: ticked(true, 0) };
    expect(scoreAttempt(quizzes, attempt(stale), 70).raw).toBe(0);
    // an answer of another kind is no attempt at the quiz: it is not even counted as answered
    const wrongKind = {
      [whyBackwards.id]: ticked(true, 1),
      [saturating.id]: { kind: 'numeric', value: 1, correct: true } as const,
    };
    expect(scoreAttempt(quizzes, attempt(wrongKind), 70)).toMatchObject({
      raw: 20,
      allAnswered: false,
      closed: false,
    });
  });

  it('scores a numeric answer within its tolerance, again against the quiz', () => {
    const rate = numericQuiz('slope', 'Quanto vale σ′(0)?', 0.25, {
      type: 'absolute',
      amount: 0.01,
    });
    const close = { slope: { kind: 'numeric', value: 0.255, correct: true } as const };
    const far = { slope: { kind: 'numeric', value: 0.3, correct: true } as const };
    // 1 quiz + 3 challenges = 4 points possible
    expect(scoreAttempt([rate], attempt(close), 25)).toMatchObject({ raw: 25, status: 'passed' });
    expect(scoreAttempt([rate], attempt(far), 25)).toMatchObject({ raw: 0, status: 'failed' });
  });

  it('closes an attempt the learner submitted, with what is answered', () => {
    const oneRight = { [whyBackwards.id]: ticked(true, 1) };
    expect(scoreAttempt(quizzes, attempt(oneRight, {}, true), 20)).toEqual({
      raw: 20,
      status: 'passed',
      allAnswered: false,
      closed: true,
    });
    expect(scoreAttempt(quizzes, attempt(oneRight, {}, true), 70).status).toBe('failed');
    expect(scoreAttempt(quizzes, attempt({}, {}, true), null)).toMatchObject({
      raw: 0,
      status: 'completed',
      closed: true,
    });
  });

  it('passes at exactly the mastery score, and says completed when there is no pass mark', () => {
    const both = {
      [whyBackwards.id]: ticked(true, 1),
      [saturating.id]: ticked(true, 0, 1),
    };
    expect(scoreAttempt(quizzes, attempt(both), 40).status).toBe('passed');
    expect(scoreAttempt(quizzes, attempt(both), 40.01).status).toBe('failed');
    expect(scoreAttempt(quizzes, attempt(both), null).status).toBe('completed');
    expect(scoreAttempt([], attempt({}), 70)).toMatchObject({ raw: 0, status: 'failed' });
  });

  it('rounds to at most two decimals within 0–100', () => {
    expect(roundScore(100 / 3)).toBe(33.33);
    expect(roundScore(200 / 3)).toBe(66.67);
    expect(roundScore(150)).toBe(100);
    expect(roundScore(Number.NaN)).toBe(0);
    const one = [whyBackwards];
    const right = { [whyBackwards.id]: ticked(true, 1) };
    // 1 of 4 points
    expect(String(scoreAttempt(one, attempt(right), 70).raw)).toBe('25');
  });

  it('reads a mastery score only within 0–100', () => {
    expect(readMastery('80')).toBe(80);
    expect(readMastery(62.5)).toBe(62.5);
    expect(readMastery('')).toBeNull();
    expect(readMastery('101')).toBeNull();
    expect(readMastery('abc')).toBeNull();
    expect(readMastery(undefined)).toBeNull();
  });

  it('takes the first valid pass mark, else 70; 0 means none', () => {
    expect(masteryFrom('', 'abc', '55', 90)).toBe(55);
    expect(masteryFrom(undefined, 40)).toBe(40);
    expect(masteryFrom('0', 90)).toBeNull();
    expect(masteryFrom()).toBe(DEFAULT_MASTERY);
    expect(DEFAULT_MASTERY).toBe(70);
  });
});

import { describe, expect, it } from 'vitest';
import { cmiTime, cmiTimeSpan, interactionId, quizInteraction } from '../../src/lms/interactions';
import type { QuizAnswer } from '../../src/progress/answers';
import { choiceResponse } from '../../src/progress/kinds/choice/choice-kind';
import { numericQuiz, saturating, whyBackwards } from '../fixtures/lesson-fixture';

describe('SCORM 1.2 interactions', () => {
  it('keeps quiz ids as they are and makes any other id ASCII without spaces', () => {
    expect(interactionId('why-backwards')).toBe('why-backwards');
    expect(interactionId('q-3-1')).toBe('q-3-1');
    expect(interactionId('q.10:2')).toBe('q_10_2');
    expect(interactionId('ação 1')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(interactionId('')).toBe('quiz');
    expect(interactionId('x'.repeat(400))).toHaveLength(255);
  });

  it('writes choices as letters a–z then digits, comma separated', () => {
    expect(choiceResponse([0, 2])).toBe('a,c');
    expect(choiceResponse([1])).toBe('b');
    expect(choiceResponse([25, 26, 35])).toBe('z,0,9');
    expect(choiceResponse([36])).toBe('');
  });

  it('writes times as CMITime and durations as CMITimeSpan HHHH:MM:SS.SS', () => {
    expect(cmiTime(new Date(2026, 0, 2, 9, 5, 7))).toBe('09:05:07');
    expect(cmiTimeSpan(0)).toBe('0000:00:00.00');
    expect(cmiTimeSpan(62_505)).toBe('0000:01:02.51');
    expect(cmiTimeSpan(((25 * 60 + 3) * 60 + 4.5) * 1000)).toBe('0025:03:04.50');
    expect(cmiTimeSpan(1e15)).toBe('9999:59:59.99');
    expect(cmiTimeSpan(-5)).toBe('0000:00:00.00');
    expect(cmiTimeSpan(Number.NaN)).toBe('0000:00:00.00');
  });

  it('describes one checked answer: type choice, response, result, correct pattern', () => {
    const entry = quizInteraction(
      whyBackwards.id,
      { kind: 'choice', chosen: [0, 2], correct: false },
      new Date(2026, 0, 2, 14, 0, 1),
      whyBackwards,
    );
    expect(entry).toEqual({
      id: 'why-backwards',
      type: 'choice',
      studentResponse: 'a,c',
      correctPattern: 'b',
      result: 'wrong',
      time: '14:00:01',
    });
    const right: QuizAnswer = { kind: 'choice', chosen: [0, 1], correct: true };
    expect(quizInteraction(saturating.id, right, new Date(), saturating)).toMatchObject({
      studentResponse: 'a,b',
      correctPattern: 'a,b',
      result: 'correct',
    });
    // a quiz no longer in the lesson: no correct pattern
    expect(quizInteraction('gone', right, new Date(), null)).toMatchObject({
      type: 'choice',
      correctPattern: null,
      result: 'correct',
    });
  });

  it('describes a numeric answer: type numeric, the decimal typed, the value as pattern', () => {
    const slope = numericQuiz('sigmoid-slope-from-output', 'σ′(z)?', 0.16);
    const date = new Date(2026, 0, 2, 9, 30, 0);
    expect(
      quizInteraction(slope.id, { kind: 'numeric', value: 0.1605, correct: true }, date, slope),
    ).toEqual({
      id: 'sigmoid-slope-from-output',
      type: 'numeric',
      studentResponse: '0.1605',
      correctPattern: '0.16',
      result: 'correct',
      time: '09:30:00',
    });
    expect(
      quizInteraction(slope.id, { kind: 'numeric', value: -2, correct: false }, date, null),
    ).toMatchObject({
      type: 'numeric',
      studentResponse: '-2',
      correctPattern: null,
      result: 'wrong',
    });
    // a quiz of another kind under that id gives no pattern: it could not be this answer's
    expect(
      quizInteraction(slope.id, { kind: 'numeric', value: 1, correct: false }, date, whyBackwards),
    ).toMatchObject({ type: 'numeric', correctPattern: null });
  });
});

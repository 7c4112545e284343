import { describe, expect, it } from 'vitest';
import {
  choiceInteraction,
  choiceResponse,
  cmiTime,
  cmiTimeSpan,
  interactionId,
} from '../../src/lms/interactions';

describe('SCORM 1.2 interactions', () => {
  it('keeps quiz ids as they are and makes any other id ASCII without spaces', () => {
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
    const entry = choiceInteraction('q-3-1', [0, 2], false, new Date(2026, 0, 2, 14, 0, 1), [0]);
    expect(entry).toEqual({
      id: 'q-3-1',
      type: 'choice',
      studentResponse: 'a,c',
      correctPattern: 'a',
      result: 'wrong',
      time: '14:00:01',
    });
    expect(choiceInteraction('q-1-1', [1], true, new Date(), null).result).toBe('correct');
  });
});

import { describe, expect, it } from 'vitest';
import { latestLossWindow, lossSince } from '../../../src/progress/challenges/challenges-window';

describe('windows of length 0', () => {
  it('lossSince over a single record is the record itself', () => {
    const recorded = { iterations: [7], losses: [0.5] };
    expect(lossSince(recorded, 0, 0)).toEqual({
      fromIteration: 7,
      toIteration: 7,
      fromLoss: 0.5,
      toLoss: 0.5,
      relativeChange: 0,
    });
  });

  it('lossSince starting at the latest record is that record alone', () => {
    const recorded = { iterations: [3, 7], losses: [1, 0.5] };
    expect(lossSince(recorded, 7, 0)).toEqual({
      fromIteration: 7,
      toIteration: 7,
      fromLoss: 0.5,
      toLoss: 0.5,
      relativeChange: 0,
    });
    expect(lossSince(recorded, 8, 0)).toBeNull();
  });

  it('latestLossWindow over a single record is the record itself', () => {
    const recorded = { iterations: [7], losses: [0.5] };
    expect(latestLossWindow(recorded, 0, 0)?.relativeChange).toBe(0);
    expect(latestLossWindow(recorded, 0, 1)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { latestLossWindow, lossSince } from '../../../src/progress/challenges/challenges-window';

const recorded = { iterations: [0, 2, 4, 6, 8, 10, 12], losses: [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4] };

describe('latestLossWindow', () => {
  it('runs from the record nearest to (latest − length) to the latest record', () => {
    const window = latestLossWindow(recorded, 0, 5);
    // latest 12; 12 − 5 = 7, nearest record at or before it is 6
    expect(window).toEqual({
      fromIteration: 6,
      toIteration: 12,
      fromLoss: 0.7,
      toLoss: 0.4,
      relativeChange: (0.4 - 0.7) / 0.7,
    });
  });

  it('is null when too short, when it would start before `earliest`, or with no records', () => {
    expect(latestLossWindow(recorded, 0, 13)).toBeNull();
    expect(latestLossWindow(recorded, 7, 5)).toBeNull();
    expect(latestLossWindow({ iterations: [], losses: [] }, 0, 1)).toBeNull();
    expect(latestLossWindow({ iterations: [0, 5], losses: [0, 1] }, 0, 5)).toBeNull();
  });
});

describe('lossSince', () => {
  it('runs from the first record at or after `earliest` to the latest', () => {
    expect(lossSince(recorded, 3, 8)).toMatchObject({ fromIteration: 4, toIteration: 12 });
    expect(lossSince(recorded, 4, 8)).toMatchObject({ fromIteration: 4, fromLoss: 0.8 });
    expect(lossSince(recorded, 5, 8)).toBeNull();
    expect(lossSince(recorded, 13, 0)).toBeNull();
  });
});

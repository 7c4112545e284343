import { describe, expect, it } from 'vitest';
import {
  advanceRun,
  freshRun,
  type RunChanges,
} from '../../../src/progress/challenges/challenges-run';

const none: RunChanges = {
  restarted: false,
  keptWeights: false,
  handEdited: false,
  settingsChanged: false,
  learningRateChanged: false,
  iteration: 10,
  startError: Number.NaN,
};

describe('advanceRun', () => {
  it('keeps the run when nothing changed', () => {
    const run = freshRun(0.2);
    expect(advanceRun(run, none)).toBe(run);
  });

  it('starts over on a restart', () => {
    const run = { handEdited: true, settingsChanged: true, startError: 0.3, segmentStart: 9 };
    expect(advanceRun(run, { ...none, restarted: true, iteration: 0, startError: 0.2 })).toEqual(
      freshRun(0.2),
    );
  });

  it('keeps a hand edit across a restart that kept the weights (new data)', () => {
    const edited = { ...freshRun(0.2), handEdited: true, segmentStart: 5 };
    const restart = { ...none, restarted: true, iteration: 0, startError: 0.1 };
    expect(advanceRun(edited, { ...restart, keptWeights: true })).toEqual({
      ...freshRun(0.1),
      handEdited: true,
    });
    expect(advanceRun(edited, restart)).toEqual(freshRun(0.1));
  });

  it('a change of activation or loss taints the run only after its first update', () => {
    expect(
      advanceRun(freshRun(0.2), { ...none, settingsChanged: true, iteration: 0 }),
    ).toMatchObject({ settingsChanged: false, segmentStart: 1 });
    expect(advanceRun(freshRun(0.2), { ...none, settingsChanged: true })).toMatchObject({
      settingsChanged: true,
      segmentStart: 11,
    });
  });

  it('a weight typed in taints the run; a new η starts a segment at the current iteration', () => {
    expect(advanceRun(freshRun(), { ...none, handEdited: true })).toMatchObject({
      handEdited: true,
      segmentStart: 11,
    });
    expect(advanceRun(freshRun(), { ...none, learningRateChanged: true }).segmentStart).toBe(10);
  });

  it('takes J(θ₀) when it is given', () => {
    expect(advanceRun(freshRun(), { ...none, iteration: 0, startError: 0.12 }).startError).toBe(
      0.12,
    );
    expect(advanceRun(freshRun(0.3), none).startError).toBe(0.3);
  });
});

import { describe, expect, it } from 'vitest';
import { recordEvent, startLog, type ExerciseEvent } from '../../../src/core/exercise/events';
import { freshRun, runAfter, runOf } from '../../../src/progress/challenges/challenges-run';

const theta = [{ weights: [[0.1]], biases: [0] }];
const restart = (keptWeights: boolean): ExerciseEvent => ({
  type: 'restarted',
  iteration: 0,
  keptWeights,
  parameters: theta,
});
const at = (iteration: number) => ({
  edit: { type: 'parameterEdited', iteration } as const,
  activation: { type: 'settingChanged', setting: 'activation', iteration } as const,
  rate: { type: 'learningRateChanged', iteration } as const,
  start: { type: 'trainingStarted', iteration } as const,
  stop: { type: 'trainingStopped', iteration } as const,
});

describe('the run, from the exercise’s events', () => {
  it('is fresh for a log that holds only its start, and ignores starts and stops of training', () => {
    expect(runOf(startLog(theta), 0.2)).toEqual(freshRun(0.2));
    const log = [...startLog(theta), at(0).start, at(40).stop, at(40).start];
    expect(runOf(log, 0.2)).toEqual(freshRun(0.2));
  });

  it('starts over on a restart', () => {
    const tainted = {
      handEdited: true,
      given: true,
      settingsChanged: true,
      startError: 0.3,
      segmentStart: 9,
    };
    expect(runAfter(tainted, restart(false))).toEqual(freshRun(0.3));
  });

  it('keeps a hand edit across a restart that kept the weights (new data)', () => {
    const edited = runOf([...startLog(theta), at(4).edit], 0.2);
    expect(runAfter(edited, restart(true))).toEqual({ ...freshRun(0.2), handEdited: true });
    expect(runAfter(edited, restart(false))).toEqual(freshRun(0.2));
  });

  it('marks a run that starts from a prepared setup, keeps it across new data, drops it on a new start', () => {
    const given: ExerciseEvent = {
      type: 'restarted',
      iteration: 0,
      keptWeights: false,
      parameters: theta,
      given: true,
    };
    const prepared = runAfter(freshRun(0.2), given);
    expect(prepared).toEqual({ ...freshRun(0.2), given: true });
    expect(runAfter(prepared, restart(true))).toEqual({ ...freshRun(0.2), given: true });
    expect(runAfter(prepared, restart(false))).toEqual(freshRun(0.2));
  });

  it('a change of activation or loss taints the run only after its first update', () => {
    expect(runOf([...startLog(theta), at(0).activation], 0.2)).toMatchObject({
      settingsChanged: false,
      segmentStart: 1,
    });
    expect(runOf([...startLog(theta), at(10).activation], 0.2)).toMatchObject({
      settingsChanged: true,
      segmentStart: 11,
    });
  });

  it('a weight typed in taints the run; a new η starts a segment at the current iteration', () => {
    expect(runOf([...startLog(theta), at(10).edit], Number.NaN)).toMatchObject({
      handEdited: true,
      segmentStart: 11,
    });
    expect(runOf([...startLog(theta), at(10).rate], Number.NaN).segmentStart).toBe(10);
    // a new η right after an edit does not move the segment back before the edit
    expect(runOf([...startLog(theta), at(10).edit, at(10).rate], Number.NaN).segmentStart).toBe(11);
  });

  it('keeps the J(θ₀) it is given', () => {
    expect(runOf(startLog(theta), 0.12).startError).toBe(0.12);
    expect(runOf([...startLog(theta), at(3).edit, restart(true)], 0.3).startError).toBe(0.3);
  });
});

describe('the exercise’s event log', () => {
  it('opens anew on a restart that drops the weights, and appends everything else', () => {
    const log = recordEvent(recordEvent(startLog(theta), at(2).edit), at(5).activation);
    expect(log.map((event) => event.type)).toEqual([
      'restarted',
      'parameterEdited',
      'settingChanged',
    ]);
    expect(recordEvent(log, restart(true))).toHaveLength(4);
    expect(recordEvent(log, restart(false))).toEqual([restart(false)]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();
const types = () => state().events.map((event) => `${event.type}@${event.iteration}`);
const v1 = { layer: 1, kind: 'weight', row: 0, column: 0 } as const;

beforeEach(resetAppStore);

describe('the exercise records what the learner did, with the iteration', () => {
  it('opens its log with the run’s start and θ₀', () => {
    expect(types()).toEqual(['restarted@0']);
    expect(state().events[0]).toMatchObject({ keptWeights: false });
    expect(state().events[0]).toHaveProperty('parameters', state().session.parameters);
  });

  it('records hand edits, changes of settings and of η, starts and stops where they happen', () => {
    state().completeIteration();
    state().completeIteration();
    const t = state().session.iteration;
    state().setParameter(v1, 0.45);
    state().setActivation('tanh');
    state().setLoss('binaryCrossEntropy');
    state().setLearningRate(0.9);
    state().setLearningRate(0.9); // the same η again is no change
    state().startAuto();
    state().autoIterations(3);
    const stoppedAt = state().session.iteration;
    state().pauseAuto();
    expect(stoppedAt).toBeGreaterThan(t);
    expect(types()).toEqual([
      'restarted@0',
      `parameterEdited@${t}`,
      `settingChanged@${t}`,
      `settingChanged@${t}`,
      `learningRateChanged@${t}`,
      `trainingStarted@${t}`,
      `trainingStopped@${stoppedAt}`,
    ]);
  });

  it('records a stop auto-training makes itself (the iteration limit)', () => {
    state().setIterationLimit(4);
    state().startAuto();
    state().autoIterations(10);
    expect(state().running).toBe(false);
    expect(types().slice(-2)).toEqual(['trainingStarted@0', 'trainingStopped@3']);
  });

  it('opens a new log on a reset, a new seed or zeroed weights, and keeps it on new data', () => {
    state().setParameter(v1, 0.45);
    state().setDataset('xor');
    expect(types()).toEqual(['restarted@0', 'parameterEdited@0', 'restarted@0']);
    expect(state().events[2]).toMatchObject({ keptWeights: true });
    for (const restart of [
      () => state().reset(),
      () => state().newSeed(7),
      () => state().zeroWeights(),
    ]) {
      state().setParameter(v1, 0.1);
      restart();
      expect(types()).toEqual(['restarted@0']);
      expect(state().events[0]).toHaveProperty('parameters', state().session.parameters);
    }
  });

  it('records nothing for stepping back, nor for a notice coming or going', () => {
    state().completeIteration();
    state().completeIteration();
    const log = state().events;
    state().previousPhase();
    state().dismissNotice();
    expect(state().events).toBe(log);
    const t = state().session.iteration;
    state().setActivation('relu');
    state().dismissNotice();
    expect(types()).toEqual(['restarted@0', `settingChanged@${t}`]);
  });
});

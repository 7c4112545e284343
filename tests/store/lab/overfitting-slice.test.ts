import { beforeEach, describe, expect, it } from 'vitest';
import { createOverfittingRun } from '../../../src/core/lab/overfitting';
import { weightNorm } from '../../../src/core/lab/overfitting-setup';
import { OVERFITTING_DEFAULTS } from '../../../src/store/lab/overfitting-slice';
import { resetAppStore, useAppStore } from '../../../src/store/store';

const store = () => useAppStore.getState();

beforeEach(resetAppStore);

describe('overfitting slice', () => {
  it('starts empty, then prepare shows the step-0 evaluation', () => {
    expect(store().overfittingRecords).toEqual([]);
    store().overfittingPrepare();
    const independent = createOverfittingRun(OVERFITTING_DEFAULTS);
    expect(store().overfittingRecords).toEqual(independent.records);
    expect(store().overfittingStep).toBe(0);
    expect(store().overfittingBest).toEqual({ step: 0, loss: independent.records[0]!.test });
  });

  it('advance matches an independent run of the core', () => {
    store().overfittingAdvance(250);
    const independent = createOverfittingRun(OVERFITTING_DEFAULTS);
    independent.advance(250);
    expect(store().overfittingStep).toBe(250);
    expect(store().overfittingRecords).toEqual(independent.records);
    expect(store().overfittingBest).toEqual(independent.best);
    expect(store().overfittingCurrent).toEqual({
      train: independent.trainLoss(),
      test: independent.testLoss(),
    });
    expect(store().overfittingWeightNorm).toBe(weightNorm(independent.trainer.parameters()));
  });

  it('step advances one evaluation interval and pauses', () => {
    store().overfittingPlay();
    store().overfittingStepOnce();
    expect(store().overfittingRunning).toBe(false);
    expect(store().overfittingStep).toBe(10);
    expect(store().overfittingRecords.map((record) => record.step)).toEqual([0, 10]);
  });

  it('early stopping stops patience steps after the best, pauses and restores the best', () => {
    store().overfittingConfigure({ earlyStopping: true, patience: 60 });
    store().overfittingPlay();
    store().overfittingAdvance(5000);
    const { overfittingBest: best, overfittingStep: step } = store();
    expect(store().overfittingStopReason).toBe('earlyStopping');
    expect(store().overfittingRunning).toBe(false);
    expect(step).toBe(best!.step + 60);
    expect(store().overfittingCurrent!.test).toBe(best!.loss);
  });

  it('changing a setting starts over with the clamped value', () => {
    store().overfittingAdvance(100);
    store().overfittingConfigure({ l2: 5, dropout: -1, patience: 33, seed: 2.6 });
    expect(store().overfittingSettings).toEqual({
      ...OVERFITTING_DEFAULTS,
      l2: 1,
      dropout: 0,
      patience: 30,
      seed: 3,
    });
    expect(store().overfittingStep).toBe(0);
    expect(store().overfittingRecords).toHaveLength(1);
    store().overfittingConfigure({ patience: 0 });
    expect(store().overfittingSettings.patience).toBe(10);
  });

  it('play after a stop starts a fresh run; reset goes back to step 0', () => {
    store().overfittingConfigure({ earlyStopping: true, patience: 50 });
    store().overfittingAdvance(5000);
    expect(store().overfittingStopReason).toBe('earlyStopping');
    store().overfittingPlay();
    expect(store().overfittingStep).toBe(0);
    expect(store().overfittingRunning).toBe(true);
    store().overfittingAdvance(40);
    store().overfittingReset();
    expect(store().overfittingStep).toBe(0);
    expect(store().overfittingRunning).toBe(false);
    expect(store().overfittingStopReason).toBeNull();
  });

  it('stays consistent with the state after the store is reset mid-run', () => {
    store().overfittingAdvance(300);
    resetAppStore();
    store().overfittingAdvance(20);
    const independent = createOverfittingRun(OVERFITTING_DEFAULTS);
    independent.advance(20);
    expect(store().overfittingRecords).toEqual(independent.records);
  });
});

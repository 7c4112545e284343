import { beforeEach, describe, expect, it } from 'vitest';
import { createOverfittingRun } from '../../../src/labs/overfitting/model/overfitting';
import { weightNorm } from '../../../src/labs/overfitting/model/overfitting-setup';
import { OVERFITTING_DEFAULTS, useOverfittingStore } from '../../../src/labs/overfitting/store';
import { resetStore } from '../reset-store';

const store = () => useOverfittingStore.getState();

beforeEach(() => resetStore(useOverfittingStore));

describe('overfitting store', () => {
  it('starts empty, then prepare shows the step-0 evaluation', () => {
    expect(store().records).toEqual([]);
    store().prepare();
    const independent = createOverfittingRun(OVERFITTING_DEFAULTS);
    expect(store().records).toEqual(independent.records);
    expect(store().step).toBe(0);
    expect(store().best).toEqual({ step: 0, loss: independent.records[0]!.validation });
    expect(store().test).toBeNull();
  });

  it('advance matches an independent run of the model', () => {
    store().advance(250);
    const independent = createOverfittingRun(OVERFITTING_DEFAULTS);
    independent.advance(250);
    expect(store().step).toBe(250);
    expect(store().records).toEqual(independent.records);
    expect(store().best).toEqual(independent.best);
    expect(store().current).toEqual({
      step: 250,
      train: independent.trainLoss(),
      validation: independent.validationLoss(),
    });
    // still training: the test set is not measured yet
    expect(store().test).toBeNull();
    expect(store().weightNorm).toBe(weightNorm(independent.trainer.parameters()));
  });

  it('step advances one evaluation interval and pauses', () => {
    store().play();
    store().stepOnce();
    expect(store().running).toBe(false);
    expect(store().step).toBe(10);
    expect(store().records.map((record) => record.step)).toEqual([0, 10]);
  });

  it('early stopping stops patience steps after the best, pauses and restores the best', () => {
    store().configure({ earlyStopping: true, patience: 60 });
    store().play();
    store().advance(5000);
    const { best, step, records, current, test } = store();
    expect(store().stopReason).toBe('earlyStopping');
    expect(store().running).toBe(false);
    expect(step).toBe(best!.step + 60);
    // the current step and losses are those of the restored best step, not of the stop
    const atBest = records.find((record) => record.step === best!.step)!;
    expect(current).toEqual(atBest);
    const independent = createOverfittingRun({
      ...OVERFITTING_DEFAULTS,
      earlyStopping: true,
      patience: 60,
    });
    independent.advance(Infinity);
    expect(test).toEqual({ step: best!.step, loss: independent.testReport()!.loss });
  });

  it('changing a setting starts over with the clamped value', () => {
    store().advance(100);
    store().configure({ l2: 5, dropout: -1, patience: 33, seed: 2.6 });
    expect(store().settings).toEqual({
      ...OVERFITTING_DEFAULTS,
      l2: 1,
      dropout: 0,
      patience: 30,
      seed: 3,
    });
    expect(store().step).toBe(0);
    expect(store().records).toHaveLength(1);
    store().configure({ patience: 0 });
    expect(store().settings.patience).toBe(10);
  });

  it('play after a stop starts a fresh run; reset goes back to step 0', () => {
    store().configure({ earlyStopping: true, patience: 50 });
    store().advance(5000);
    expect(store().stopReason).toBe('earlyStopping');
    store().play();
    expect(store().step).toBe(0);
    expect(store().running).toBe(true);
    store().advance(40);
    store().reset();
    expect(store().step).toBe(0);
    expect(store().running).toBe(false);
    expect(store().stopReason).toBeNull();
  });

  it('stays consistent with the state after the store is reset mid-run', () => {
    store().advance(300);
    resetStore(useOverfittingStore);
    store().advance(20);
    const independent = createOverfittingRun(OVERFITTING_DEFAULTS);
    independent.advance(20);
    expect(store().records).toEqual(independent.records);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/core/errors';
import { createOverfittingRun } from '../../../../src/labs/overfitting/model/overfitting';
import type { OverfittingConfig } from '../../../../src/labs/overfitting/model/overfitting';
import {
  OVERFITTING_DEFAULT_SEED,
  OVERFITTING_SPEC,
  overfittingDataset,
  weightNorm,
} from '../../../../src/labs/overfitting/model/overfitting-setup';
import { createTrainer } from '../../../../src/core/training/trainer';

const plain: OverfittingConfig = {
  seed: OVERFITTING_DEFAULT_SEED,
  l2: 0,
  dropout: 0,
  earlyStopping: false,
  patience: 100,
};

/** Index of the record with the lowest test loss (the first one on ties). */
function lowestTest(records: readonly { test: number }[]): number {
  let best = 0;
  records.forEach((record, index) => {
    if (record.test < records[best]!.test) best = index;
  });
  return best;
}

describe('the overfitting setup', () => {
  it('splits 40 points into 20 training and 20 test points', () => {
    const data = overfittingDataset(OVERFITTING_DEFAULT_SEED);
    expect(data.train).toHaveLength(20);
    expect(data.test).toHaveLength(20);
  });

  it.each([1, 2, 3, 4, 5])(
    'with seed %i and no regularisation, test loss turns up while train loss keeps falling',
    (seed) => {
      const run = createOverfittingRun({ ...plain, seed });
      run.advance(Infinity);
      const records = run.records;
      const minimum = lowestTest(records);
      const last = records.at(-1)!;
      expect(run.stopReason).toBe('stepLimit');
      expect(minimum).toBeGreaterThan(0);
      expect(minimum).toBeLessThan(records.length - 1);
      // the held-out loss ends at least twice its minimum…
      expect(last.test).toBeGreaterThan(2 * records[minimum]!.test);
      // …while the loss on the training points keeps going down
      expect(last.train).toBeLessThan(records[minimum]!.train / 10);
      expect(run.best).toEqual({ step: records[minimum]!.step, loss: records[minimum]!.test });
    },
  );
});

describe('early stopping', () => {
  it.each([50, 100, 200])(
    'with patience %i stops exactly patience steps after the best',
    (patience) => {
      const run = createOverfittingRun({ ...plain, earlyStopping: true, patience });
      run.advance(Infinity);
      const best = run.best!;
      expect(run.stopReason).toBe('earlyStopping');
      expect(run.step).toBe(best.step + patience);
      // patience / interval evaluations after the best one, none of them lower
      const after = run.records.filter((record) => record.step > best.step);
      expect(after).toHaveLength(patience / 10);
      for (const record of after) expect(record.test).toBeGreaterThanOrEqual(best.loss);
      // the restored parameters give the recorded best test loss
      expect(run.testLoss()).toBe(best.loss);
      expect(run.trainer.parameters()).toEqual(run.bestSnapshot());
    },
  );

  it('finds the same minimum as a run without early stopping up to that step', () => {
    const stopped = createOverfittingRun({ ...plain, earlyStopping: true, patience: 100 });
    stopped.advance(Infinity);
    const full = createOverfittingRun(plain);
    full.advance(stopped.step);
    const seen = full.records.filter((record) => record.step <= stopped.step);
    const minimum = seen[lowestTest(seen)]!;
    expect(stopped.best).toEqual({ step: minimum.step, loss: minimum.test });
    expect(full.step).toBe(stopped.step);
  });

  it('does nothing once stopped', () => {
    const run = createOverfittingRun({ ...plain, earlyStopping: true, patience: 50 });
    run.advance(Infinity);
    const step = run.step;
    expect(run.advance(10)).toBe(0);
    expect(run.step).toBe(step);
  });
});

describe('regularisation', () => {
  it('L2 > 0 ends with a smaller weight norm than L2 = 0 from the same start', () => {
    const free = createOverfittingRun(plain);
    const penalised = createOverfittingRun({ ...plain, l2: 0.01 });
    expect(weightNorm(penalised.trainer.parameters())).toBe(weightNorm(free.trainer.parameters()));
    free.advance(500);
    penalised.advance(500);
    expect(weightNorm(penalised.trainer.parameters())).toBeLessThan(
      0.8 * weightNorm(free.trainer.parameters()),
    );
  });

  it('L2 keeps the final test loss lower than no regularisation', () => {
    const free = createOverfittingRun(plain);
    const penalised = createOverfittingRun({ ...plain, l2: 0.01 });
    free.advance(Infinity);
    penalised.advance(Infinity);
    expect(penalised.testLoss()).toBeLessThan(free.testLoss());
  });

  it('dropout changes training but leaves evaluation deterministic and mask-free', () => {
    const dropped = createOverfittingRun({ ...plain, dropout: 0.5 });
    const free = createOverfittingRun(plain);
    dropped.advance(100);
    free.advance(100);
    expect(dropped.trainer.parameters()).not.toEqual(free.trainer.parameters());
    const first = dropped.testLoss();
    expect(dropped.testLoss()).toBe(first);
    expect(dropped.records.at(-1)!.test).toBe(first);
    // an independent trainer without dropout, given the same weights, measures the same loss
    const data = overfittingDataset(plain.seed);
    const clean = createTrainer(OVERFITTING_SPEC, dropped.trainer.parameters(), data.train, {
      learningRate: 0,
      optimizer: { name: 'sgd' },
      batchSize: 0,
      seed: 0,
    });
    expect(clean.evaluate(data.test)).toBeCloseTo(first, 12);
    expect(clean.evaluate(data.train)).toBeCloseTo(dropped.trainLoss(), 12);
  });
});

describe('run bookkeeping', () => {
  it('records step 0 and then every interval, and stops at the step limit', () => {
    const run = createOverfittingRun({
      ...plain,
      evaluationInterval: 5,
      patience: 5,
      maxSteps: 23,
    });
    expect(run.records.map((record) => record.step)).toEqual([0]);
    expect(run.advance(100)).toBe(23);
    expect(run.records.map((record) => record.step)).toEqual([0, 5, 10, 15, 20]);
    expect(run.stopReason).toBe('stepLimit');
  });

  it('stops, without counting the step, when the loss stops being finite', () => {
    // (λ/2)·Σw² overflows to ∞ for λ near the largest double
    const run = createOverfittingRun({ ...plain, l2: 1e308 });
    expect(run.advance(10)).toBe(0);
    expect(run.step).toBe(0);
    expect(run.stopReason).toBe('diverged');
  });

  it.each<[Partial<OverfittingConfig>, string]>([
    [{ patience: 0 }, 'patience'],
    [{ patience: 15 }, 'patience'],
    [{ patience: 10.5 }, 'patience'],
    [{ evaluationInterval: 0 }, 'evaluationInterval'],
    [{ maxSteps: 0 }, 'maxSteps'],
    [{ dropout: 1 }, 'dropout'],
    [{ l2: -0.1 }, 'l2'],
    [{ seed: Number.NaN }, 'seed'],
  ])('rejects %o with a ConfigurationError naming %s', (change, field) => {
    let error: unknown;
    try {
      createOverfittingRun({ ...plain, ...change });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).field).toBe(field);
  });
});

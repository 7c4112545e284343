// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/core/errors';
import { createDataset } from '../../../../src/core/data/datasets';
import { createOverfittingRun } from '../../../../src/labs/overfitting/model/overfitting';
import type { OverfittingConfig } from '../../../../src/labs/overfitting/model/overfitting';
import {
  OVERFITTING_DEFAULT_SEED,
  OVERFITTING_SPEC,
  overfittingDataset,
  weightNorm,
} from '../../../../src/labs/overfitting/model/overfitting-setup';
import { createTrainer } from '../../../../src/core/training/trainer';
import type { Example, NetworkParameters } from '../../../../src/core/types';

const plain: OverfittingConfig = {
  seed: OVERFITTING_DEFAULT_SEED,
  l2: 0,
  dropout: 0,
  earlyStopping: false,
  patience: 100,
};

/** Index of the record with the lowest validation loss (the first one on ties). */
function lowestValidation(records: readonly { validation: number }[]): number {
  let best = 0;
  records.forEach((record, index) => {
    if (record.validation < records[best]!.validation) best = index;
  });
  return best;
}

/** Mean binary cross-entropy of ŷ = σ(W₃ tanh(W₂ tanh(W₁x + b₁) + b₂) + b₃), by hand. */
function handLoss(parameters: NetworkParameters, examples: readonly Example[]): number {
  let sum = 0;
  for (const example of examples) {
    let a = [...example.input];
    parameters.forEach((layer, index) => {
      const z = layer.weights.map(
        (row, i) => row.reduce((total, w, j) => total + w * a[j]!, 0) + layer.biases[i]!,
      );
      a = z.map((v) => (index < 2 ? Math.tanh(v) : 1 / (1 + Math.exp(-v))));
    });
    const y = example.target[0]!;
    sum += -(y * Math.log(a[0]!) + (1 - y) * Math.log(1 - a[0]!));
  }
  return sum / examples.length;
}

/** Every weight (not bias) of a network, in order. */
const weightsOf = (parameters: NetworkParameters) =>
  parameters.flatMap((layer) => layer.weights.flat());

describe('the overfitting setup', () => {
  it('cuts one draw of 60 points into 20 training, 20 validation and 20 test points', () => {
    const data = overfittingDataset(OVERFITTING_DEFAULT_SEED);
    expect(data.train).toHaveLength(20);
    expect(data.validation).toHaveLength(20);
    expect(data.test).toHaveLength(20);
    // the same 60 points, in the same order, as an independent draw with nothing held out
    const all = createDataset('twoGaussians', {
      count: 60,
      noise: 0.5,
      testFraction: 0,
      seed: OVERFITTING_DEFAULT_SEED,
    }).train;
    expect([...data.train, ...data.validation, ...data.test]).toEqual(all);
  });

  it.each([OVERFITTING_DEFAULT_SEED, 1, 2, 4, 5])(
    'with seed %i and no regularisation, the validation loss turns up while the training loss keeps falling',
    (seed) => {
      const run = createOverfittingRun({ ...plain, seed });
      run.advance(Infinity);
      const records = run.records;
      const minimum = lowestValidation(records);
      const last = records.at(-1)!;
      expect(run.stopReason).toBe('stepLimit');
      expect(minimum).toBeGreaterThan(0);
      expect(minimum).toBeLessThan(records.length - 1);
      // the validation loss ends at least twice its minimum…
      expect(last.validation).toBeGreaterThan(2 * records[minimum]!.validation);
      // …while the loss on the training points keeps going down
      expect(last.train).toBeLessThan(records[minimum]!.train / 10);
      expect(run.best).toEqual({
        step: records[minimum]!.step,
        loss: records[minimum]!.validation,
      });
    },
  );
});

describe('the test set', () => {
  it('is measured only once the run has stopped, on the weights it ended with', () => {
    const run = createOverfittingRun({ ...plain, maxSteps: 30 });
    expect(run.testReport()).toBeNull();
    run.advance(20);
    expect(run.testReport()).toBeNull();
    run.advance(Infinity);
    const report = run.testReport()!;
    expect(report.step).toBe(30);
    expect(report.loss).toBeCloseTo(handLoss(run.trainer.parameters(), run.data.test), 12);
  });

  it('takes part in no decision: other test targets change nothing but the test loss', () => {
    const config = { ...plain, earlyStopping: true, patience: 100 };
    const normal = createOverfittingRun(config);
    const flipped = createOverfittingRun(config);
    for (const example of flipped.data.test) example.target[0] = 1 - example.target[0]!;
    normal.advance(Infinity);
    flipped.advance(Infinity);
    expect(flipped.records).toEqual(normal.records);
    expect(flipped.best).toEqual(normal.best);
    expect(flipped.step).toBe(normal.step);
    expect(flipped.trainer.parameters()).toEqual(normal.trainer.parameters());
    expect(flipped.testReport()!.loss).not.toBeCloseTo(normal.testReport()!.loss, 3);
  });
});

describe('early stopping', () => {
  it.each([50, 100, 200])(
    'with patience %i stops exactly patience steps after the lowest validation loss',
    (patience) => {
      const run = createOverfittingRun({ ...plain, earlyStopping: true, patience });
      run.advance(Infinity);
      const best = run.best!;
      expect(run.stopReason).toBe('earlyStopping');
      expect(run.step).toBe(best.step + patience);
      // patience / interval evaluations after the best one, none of them lower
      const after = run.records.filter((record) => record.step > best.step);
      expect(after).toHaveLength(patience / 10);
      for (const record of after) expect(record.validation).toBeGreaterThanOrEqual(best.loss);
    },
  );

  it('restores the best weights, says they are from the best step, and tests those', () => {
    const run = createOverfittingRun({ ...plain, earlyStopping: true, patience: 100 });
    run.advance(Infinity);
    const best = run.best!;
    const atBest = run.records.find((record) => record.step === best.step)!;
    expect(run.trainer.parameters()).toEqual(run.bestSnapshot());
    expect(run.weightsStep).toBe(best.step);
    expect(run.weightsStep).toBeLessThan(run.step);
    // the restored weights give the numbers recorded at the best step, not at the stop
    expect(run.validationLoss()).toBe(best.loss);
    expect(run.trainLoss()).toBe(atBest.train);
    const parameters = run.trainer.parameters();
    expect(run.validationLoss()).toBeCloseTo(handLoss(parameters, run.data.validation), 12);
    expect(run.testReport()).toEqual({
      step: best.step,
      loss: run.trainer.evaluate(run.data.test),
    });
    expect(run.testReport()!.loss).toBeCloseTo(handLoss(parameters, run.data.test), 12);
  });

  it('finds the same minimum as a run without early stopping up to that step', () => {
    const stopped = createOverfittingRun({ ...plain, earlyStopping: true, patience: 100 });
    stopped.advance(Infinity);
    const full = createOverfittingRun(plain);
    full.advance(stopped.step);
    const seen = full.records.filter((record) => record.step <= stopped.step);
    const minimum = seen[lowestValidation(seen)]!;
    expect(stopped.best).toEqual({ step: minimum.step, loss: minimum.validation });
    expect(full.step).toBe(stopped.step);
    // without early stopping the weights stay those of the last step
    expect(full.weightsStep).toBe(full.step);
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
  it('L2 adds (λ/2)·Σw² over the weights only: λw to each weight’s gradient, 0 to each bias', () => {
    const l2 = 0.01;
    const free = createOverfittingRun(plain);
    const penalised = createOverfittingRun({ ...plain, l2 });
    const weights = weightsOf(free.trainer.parameters());
    const freeLoss = free.trainer.step().loss;
    const penalisedLoss = penalised.trainer.step().loss;
    const squares = weights.reduce((sum, w) => sum + w * w, 0);
    expect(penalisedLoss - freeLoss).toBeCloseTo((l2 / 2) * squares, 12);
    const freeGradient = free.trainer.gradients();
    const penalisedGradient = penalised.trainer.gradients();
    penalisedGradient.forEach((layer, index) => {
      expect(layer.biases).toEqual(freeGradient[index]!.biases);
    });
    const freeWeightGradient = weightsOf(freeGradient);
    weightsOf(penalisedGradient).forEach((g, k) => {
      expect(g - freeWeightGradient[k]!).toBeCloseTo(l2 * weights[k]!, 12);
    });
  });

  it('with SGD the L2 step is weight decay; with Adam (this lab’s optimizer) it is not', () => {
    const data = overfittingDataset(plain.seed);
    const start = createOverfittingRun(plain).trainer.parameters();
    const rate = 0.003;
    const l2 = 10;
    const firstStep = (name: 'sgd' | 'adam', penalty: number) => {
      const trainer = createTrainer(OVERFITTING_SPEC, start, data.train, {
        learningRate: rate,
        optimizer: { name },
        batchSize: 0,
        l2: penalty,
        seed: 0,
      });
      trainer.step();
      return weightsOf(trainer.parameters());
    };
    const w = weightsOf(start);
    // SGD: w − η(∇J + λw) = (1 − ηλ)w − η∇J, i.e. the unpenalised step minus ηλw
    const sgdFree = firstStep('sgd', 0);
    firstStep('sgd', l2).forEach((value, k) => {
      expect(value).toBeCloseTo(sgdFree[k]! - rate * l2 * w[k]!, 12);
    });
    // Adam's first step is η·g/(|g| + ε): at most η whatever λ, while decay would add ηλw
    const adamFree = firstStep('adam', 0);
    const adamPenalised = firstStep('adam', l2);
    const largestMove = Math.max(...adamPenalised.map((value, k) => Math.abs(value - w[k]!)));
    expect(largestMove).toBeLessThanOrEqual(rate);
    const decoupled = adamFree.map((value, k) => value - rate * l2 * w[k]!);
    const largestDecayMove = Math.max(...decoupled.map((value, k) => Math.abs(value - w[k]!)));
    expect(largestDecayMove).toBeGreaterThan(2 * rate);
  });

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

  it('L2 keeps the final validation loss lower than no regularisation', () => {
    const free = createOverfittingRun(plain);
    const penalised = createOverfittingRun({ ...plain, l2: 0.01 });
    free.advance(Infinity);
    penalised.advance(Infinity);
    expect(penalised.validationLoss()).toBeLessThan(free.validationLoss());
  });

  it('dropout changes training but leaves evaluation deterministic and mask-free', () => {
    const dropped = createOverfittingRun({ ...plain, dropout: 0.5 });
    const free = createOverfittingRun(plain);
    dropped.advance(100);
    free.advance(100);
    expect(dropped.trainer.parameters()).not.toEqual(free.trainer.parameters());
    const first = dropped.validationLoss();
    expect(dropped.validationLoss()).toBe(first);
    expect(dropped.records.at(-1)!.validation).toBe(first);
    // the loss computed by hand from the same weights, without any mask
    const parameters = dropped.trainer.parameters();
    expect(handLoss(parameters, dropped.data.validation)).toBeCloseTo(first, 12);
    expect(handLoss(parameters, dropped.data.train)).toBeCloseTo(dropped.trainLoss(), 12);
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
    expect(run.weightsStep).toBe(23);
  });

  it('stops, without counting the step, when the loss stops being finite', () => {
    // (λ/2)·Σw² overflows to ∞ for λ near the largest double
    const run = createOverfittingRun({ ...plain, l2: 1e308 });
    expect(run.advance(10)).toBe(0);
    expect(run.step).toBe(0);
    expect(run.stopReason).toBe('diverged');
    expect(run.testReport()!.step).toBe(0);
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

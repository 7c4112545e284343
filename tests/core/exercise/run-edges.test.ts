import { describe, expect, it } from 'vitest';
import { exerciseSpec } from '../../../src/core/exercise/config';
import { appendLosses, createLossHistory } from '../../../src/core/exercise/loss-history';
import { datasetLoss, recordIterationLoss, runIterations } from '../../../src/core/exercise/run';
import { startSession } from '../../../src/core/exercise/session';
import { traceExample } from '../../../src/core/network/trace';
import type { Example, NetworkParameters, NetworkSpec } from '../../../src/core/types';

/** ŷ = w·x + b, ℓ = (ŷ − y)²; at x = 1, y = 0: ∂ℓ/∂w = ∂ℓ/∂b = 2(w + b). */
const linearSpec: NetworkSpec = {
  inputSize: 1,
  layers: [{ size: 1, activation: 'linear' }],
  loss: 'squaredError',
};
const linearStart: NetworkParameters = [{ weights: [[1]], biases: [0] }];
const linearExamples: Example[] = [{ input: [1], target: [0] }];

const lesson: Example = { input: [1, 0.5], target: [1] };
const tanhSpec = exerciseSpec('tanh', 'halfSquaredError');
/** z₁ = 1.5e308 + 0.75e308 overflows while tanh(z₁) = 1 keeps ŷ and ℓ finite. */
const overflowingZ: NetworkParameters = [
  {
    weights: [
      [1.5e308, 1.5e308],
      [0.3, -0.2],
    ],
    biases: [0, 0.1],
  },
  { weights: [[0.4, -0.5]], biases: [0.2] },
];
const tame: NetworkParameters = [
  {
    weights: [
      [0.5, -0.3],
      [0.8, 0.2],
    ],
    biases: [0.1, -0.1],
  },
  { weights: [[0.7, -0.4]], biases: [0.05] },
];

describe('datasetLoss', () => {
  it('is the mean of the per-example losses', () => {
    const examples: Example[] = [lesson, { input: [0, 1], target: [0] }];
    const expected =
      (traceExample(tanhSpec, tame, examples[0]!).loss +
        traceExample(tanhSpec, tame, examples[1]!).loss) /
      2;
    expect(datasetLoss(tanhSpec, tame, examples)).toBeCloseTo(expected, 14);
  });

  it('is NaN when an intermediate value overflows even though the loss is finite', () => {
    expect(Number.isFinite(traceExample(tanhSpec, overflowingZ, lesson).loss)).toBe(true);
    expect(datasetLoss(tanhSpec, overflowingZ, [lesson])).toBeNaN();
  });
});

describe('recordIterationLoss', () => {
  it('records J(θ) once per iteration, in increasing order', () => {
    const session = startSession(tanhSpec, [lesson], tame, 0.1);
    const loss = datasetLoss(tanhSpec, tame, [lesson]);
    const first = recordIterationLoss(createLossHistory(16), session);
    expect(first.iterations).toEqual([0]);
    expect(first.losses).toEqual([loss]);
    // the same iteration again, or an earlier one, leaves the history as it is
    expect(recordIterationLoss(first, session)).toBe(first);
    const later = recordIterationLoss(first, { ...session, iteration: 3 });
    expect(later.iterations).toEqual([0, 3]);
    expect(later.losses).toEqual([loss, loss]);
    expect(recordIterationLoss(later, { ...session, iteration: 2 })).toBe(later);
    const started = appendLosses(createLossHistory(16), 5, [1]);
    expect(recordIterationLoss(started, { ...session, iteration: 4 })).toBe(started);
  });
});

describe('runIterations edge cases', () => {
  it('reports a plain run as ok and not stopped at a target', () => {
    const run = runIterations(tanhSpec, [lesson], tame, 0.1, 3, 0);
    expect(run.status).toBe('ok');
    expect(run.stoppedAtTarget).toBe(false);
    expect(run.iterations).toBe(3);
    expect(run.losses).toHaveLength(3);
    expect(run.losses[0]).toBe(datasetLoss(tanhSpec, tame, [lesson]));
  });

  it('stops when J equals the target exactly, before any update', () => {
    const target = datasetLoss(tanhSpec, tame, [lesson]);
    const run = runIterations(tanhSpec, [lesson], tame, 0.1, 5, 0, target);
    expect(run.stoppedAtTarget).toBe(true);
    expect(run.iterations).toBe(0);
    expect(Array.from(run.losses)).toEqual([target]);
    expect(run.parameters).toEqual(tame);
  });

  it('ends diverged without moving when the starting point already overflows', () => {
    const run = runIterations(tanhSpec, [lesson], overflowingZ, 0.1, 4, 0);
    expect(run.status).toBe('diverged');
    expect(run.iterations).toBe(0);
    expect(run.losses).toHaveLength(0);
    expect(run.parameters).toEqual(overflowingZ);
  });

  it('undoes the step after which J overflows', () => {
    // each step multiplies r = w + b by 1 − 4η = −1e100: J = r² is 1, then 1e200, then ∞
    const rate = (1 + 1e100) / 4;
    const run = runIterations(linearSpec, linearExamples, linearStart, rate, 10, 0);
    expect(run.status).toBe('diverged');
    expect(run.iterations).toBe(1);
    expect(Array.from(run.losses)).toEqual([1]);
    expect(run.stoppedAtTarget).toBe(false);
    expect(run.parameters).toEqual([{ weights: [[1 - rate * 2]], biases: [0 - rate * 2] }]);
  });

  it('undoes an update that overflows a parameter, even on the last iteration', () => {
    // w − η·2 = 1 − 2e308 = −∞
    const run = runIterations(linearSpec, linearExamples, linearStart, 1e308, 1, 0);
    expect(run.status).toBe('diverged');
    expect(run.iterations).toBe(0);
    expect(run.parameters).toEqual(linearStart);
  });
});

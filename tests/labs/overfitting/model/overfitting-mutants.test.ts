// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ConfigurationError } from '../../../../src/core/errors';
import { createOverfittingRun } from '../../../../src/labs/overfitting/model/overfitting';
import type { OverfittingConfig } from '../../../../src/labs/overfitting/model/overfitting';
import { validatePatience } from '../../../../src/labs/overfitting/model/overfitting-early-stopping';
import {
  OVERFITTING_DEFAULT_SEED,
  OVERFITTING_SPEC,
  overfittingDataset,
  overfittingInitialParameters,
} from '../../../../src/labs/overfitting/model/overfitting-setup';
import { traceExample } from '../../../../src/core/network/trace';

const plain: OverfittingConfig = {
  seed: OVERFITTING_DEFAULT_SEED,
  l2: 0,
  dropout: 0,
  earlyStopping: false,
  patience: 100,
};

describe('overfitting setup, mutant checks', () => {
  it('is the documented 2–16–16–1 network: tanh hidden units, sigmoid output, cross-entropy', () => {
    expect(OVERFITTING_SPEC.inputSize).toBe(2);
    expect(OVERFITTING_SPEC.layers).toEqual([
      { size: 16, activation: 'tanh' },
      { size: 16, activation: 'tanh' },
      { size: 1, activation: 'sigmoid' },
    ]);
    expect(OVERFITTING_SPEC.loss).toBe('binaryCrossEntropy');
  });

  it('computes ℓ = −[y log ŷ + (1 − y) log(1 − ŷ)] with ŷ = σ(W₃ tanh(W₂ tanh(W₁x + b₁) + b₂) + b₃)', () => {
    const parameters = overfittingInitialParameters(OVERFITTING_DEFAULT_SEED);
    const example = overfittingDataset(OVERFITTING_DEFAULT_SEED).train[0]!;
    let a = [...example.input];
    parameters.forEach((layer, index) => {
      const z = layer.weights.map(
        (row, i) => row.reduce((sum, w, j) => sum + w * a[j]!, 0) + layer.biases[i]!,
      );
      a = z.map((v) => (index < 2 ? Math.tanh(v) : 1 / (1 + Math.exp(-v))));
    });
    const y = example.target[0]!;
    const expected = -(y * Math.log(a[0]!) + (1 - y) * Math.log(1 - a[0]!));
    const trace = traceExample(OVERFITTING_SPEC, parameters, example);
    expect(trace.prediction[0]).toBeCloseTo(a[0]!, 12);
    expect(trace.loss).toBeCloseTo(expected, 12);
  });
});

describe('overfitting run, mutant checks', () => {
  it('accepts an interval of 1 and a step limit of 1', () => {
    expect(() => validatePatience(1, 1)).not.toThrow();
    const run = createOverfittingRun({ ...plain, patience: 1, evaluationInterval: 1, maxSteps: 1 });
    expect(run.advance(5)).toBe(1);
    expect(run.stopReason).toBe('stepLimit');
  });

  it('names maxSteps when the step limit is below 1', () => {
    try {
      createOverfittingRun({ ...plain, maxSteps: 0 });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigurationError).field).toBe('maxSteps');
    }
  });

  it('hands out copies of the best parameters that callers cannot corrupt', () => {
    const run = createOverfittingRun(plain);
    const first = run.bestSnapshot()!;
    const kept = structuredClone(first);
    first[0]!.weights[0]![0] = 1e6;
    first[0]!.biases[0] = 1e6;
    const second = run.bestSnapshot()!;
    expect(second).not.toBe(first);
    expect(second).toEqual(kept);
  });
});

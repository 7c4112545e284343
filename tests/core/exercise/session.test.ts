import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors';
import { exerciseSpec } from '../../../src/core/exercise/config';
import {
  allFinite,
  completeIteration,
  descend,
  nextPhase,
  startSession,
} from '../../../src/core/exercise/session';
import { traceExample } from '../../../src/core/network/trace';
import type { NetworkTrace } from '../../../src/core/network/trace';
import type { Example, NetworkParameters, NetworkSpec } from '../../../src/core/types';

const lesson: Example = { input: [1, 0.5], target: [1] };

/** ŷ = w·x + b, ℓ = (ŷ − y)²: with x = 1, y = 0, w = 1, b = 0 the loss is 1 and ∂ℓ/∂w = ∂ℓ/∂b = 2. */
const linearSpec: NetworkSpec = {
  inputSize: 1,
  layers: [{ size: 1, activation: 'linear' }],
  loss: 'squaredError',
};
const linearStart: NetworkParameters = [{ weights: [[1]], biases: [0] }];
const linearExample: Example = { input: [1], target: [0] };

const finiteParts = (trace: NetworkTrace) => ({
  loss: Number.isFinite(trace.loss),
  z: trace.layers.map((layer) => layer.z.every(Number.isFinite)),
  a: trace.layers.map((layer) => layer.a.every(Number.isFinite)),
  dLossDz: trace.layers.map((layer) => layer.dLossDz.every(Number.isFinite)),
  dLossDa: trace.layers.map((layer) => layer.dLossDa.every(Number.isFinite)),
  weights: trace.layers.map((layer) => layer.dLossDWeights.flat().every(Number.isFinite)),
  biases: trace.layers.map((layer) => layer.dLossDBiases.every(Number.isFinite)),
});
const allTrue = { z: [true, true], a: [true, true], dLossDz: [true, true], dLossDa: [true, true] };

describe('allFinite and descend', () => {
  it('allFinite is false as soon as any one weight or bias is not finite', () => {
    const good: NetworkParameters = [
      {
        weights: [
          [1, 2],
          [3, 4],
        ],
        biases: [5, 6],
      },
      { weights: [[7, 8]], biases: [9] },
    ];
    expect(allFinite(good)).toBe(true);
    expect(allFinite([])).toBe(true);
    const spoil = (edit: (copy: NetworkParameters) => void) => {
      const copy = structuredClone(good);
      edit(copy);
      return allFinite(copy);
    };
    expect(spoil((copy) => (copy[0]!.biases[1] = Number.NaN))).toBe(false);
    expect(spoil((copy) => (copy[0]!.weights[1]![0] = Infinity))).toBe(false);
    expect(spoil((copy) => (copy[0]!.weights[0]![1] = -Infinity))).toBe(false);
    expect(spoil((copy) => (copy[1]!.weights[0]![1] = Number.NaN))).toBe(false);
    expect(spoil((copy) => (copy[1]!.biases[0] = Infinity))).toBe(false);
  });

  it('descend computes θ − η·g, and refuses gradients of another shape', () => {
    const spec = exerciseSpec('sigmoid', 'halfSquaredError');
    const parameters: NetworkParameters = [
      {
        weights: [
          [1, 2],
          [3, 4],
        ],
        biases: [5, 6],
      },
      { weights: [[7, 8]], biases: [9] },
    ];
    const gradients: NetworkParameters = [
      {
        weights: [
          [10, 20],
          [30, 40],
        ],
        biases: [50, 60],
      },
      { weights: [[70, 80]], biases: [90] },
    ];
    expect(descend(spec, parameters, gradients, 0.5)).toEqual([
      {
        weights: [
          [-4, -8],
          [-12, -16],
        ],
        biases: [-20, -24],
      },
      { weights: [[-28, -32]], biases: [-36] },
    ]);
    expect(() => descend(spec, parameters, [], 0.5)).toThrow(ConfigurationError);
    expect(() => descend(spec, parameters, [{ weights: [], biases: [] }], 0.5)).toThrow(
      ConfigurationError,
    );
    expect(() => descend(spec, parameters, [gradients[0]!], 0.5)).toThrow(ConfigurationError);
    // a new object: the input is untouched
    expect(parameters[0]!.weights[0]).toEqual([1, 2]);
  });
});

describe('startSession status', () => {
  it('is ok for finite values', () => {
    const spec = exerciseSpec('tanh', 'halfSquaredError');
    const parameters: NetworkParameters = [
      {
        weights: [
          [0.5, -0.3],
          [0.8, 0.2],
        ],
        biases: [0.1, -0.1],
      },
      { weights: [[0.7, -0.4]], biases: [0.05] },
    ];
    const session = startSession(spec, [lesson], parameters, 0.1);
    expect(session.status).toBe('ok');
    expect(session.phase).toEqual({ kind: 'ready' });
    expect(session.updatedParameters).toBeNull();
  });

  it('is diverged when only one pre-activation overflows (tanh saturates, the loss stays finite)', () => {
    const spec = exerciseSpec('tanh', 'halfSquaredError');
    // z₁ = 1.5e308·1 + 1.5e308·0.5 = ∞, but a₁ = tanh(∞) = 1 and tanh′ = 0 keep the rest finite
    const parameters: NetworkParameters = [
      {
        weights: [
          [1.5e308, 1.5e308],
          [0.3, -0.2],
        ],
        biases: [0, 0.1],
      },
      { weights: [[0.4, -0.5]], biases: [0.2] },
    ];
    const trace = traceExample(spec, parameters, lesson);
    expect(finiteParts(trace)).toEqual({
      loss: true,
      ...allTrue,
      z: [false, true],
      weights: [true, true],
      biases: [true, true],
    });
    expect(trace.layers[0]!.z[1]).toBeCloseTo(0.3 - 0.1 + 0.1, 12); // the other neuron is finite
    const session = startSession(spec, [lesson], parameters, 0.1);
    expect(session.status).toBe('diverged');
    // a diverged session does not move
    expect(nextPhase(session)).toBe(session);
  });

  it('is diverged when only a weight gradient overflows', () => {
    // ReLU, BCE, y = 0: ∂ℓ/∂z of hidden unit 1 is v₁·σ(z_o) ≈ 1e300, times x₁ = 1e10 overflows
    const spec = exerciseSpec('relu', 'binaryCrossEntropy');
    const parameters: NetworkParameters = [
      {
        weights: [
          [1e-10, 0],
          [1e-10, 0],
        ],
        biases: [0, 0],
      },
      { weights: [[1e300, 1]], biases: [0] },
    ];
    const example: Example = { input: [1e10, 0.5], target: [0] };
    const trace = traceExample(spec, parameters, example);
    expect(finiteParts(trace)).toEqual({
      loss: true,
      ...allTrue,
      weights: [false, true],
      biases: [true, true],
    });
    expect(startSession(spec, [example], parameters, 0.1).status).toBe('diverged');
  });

  it('is diverged when only the loss overflows', () => {
    // BCE with y = 2 and z_o = 1e308: ℓ = softplus(z_o) − y·z_o = 1e308 − ∞
    const spec = exerciseSpec('relu', 'binaryCrossEntropy');
    const parameters: NetworkParameters = [
      {
        weights: [
          [0, 0],
          [0, 0],
        ],
        biases: [1, 1],
      },
      { weights: [[1e308, 0]], biases: [0] },
    ];
    const example: Example = { input: [1, 0.5], target: [2] };
    const trace = traceExample(spec, parameters, example);
    expect(finiteParts(trace)).toEqual({
      loss: false,
      ...allTrue,
      weights: [true, true],
      biases: [true, true],
    });
    expect(startSession(spec, [example], parameters, 0.1).status).toBe('diverged');
  });

  it('starts on the example index modulo the number of examples', () => {
    const spec = exerciseSpec('sigmoid', 'halfSquaredError');
    const parameters: NetworkParameters = [
      {
        weights: [
          [0.1, 0.2],
          [0.3, 0.4],
        ],
        biases: [0, 0],
      },
      { weights: [[0.5, 0.6]], biases: [0] },
    ];
    const examples: Example[] = [
      { input: [0, 0], target: [0] },
      { input: [0, 1], target: [1] },
      { input: [1, 0], target: [1] },
    ];
    const session = startSession(spec, examples, parameters, 0.1, 4, 7);
    expect(session.exampleIndex).toBe(1);
    expect(session.iteration).toBe(4);
    expect(session.trace.input).toEqual([0, 1]);
  });
});

describe('nextPhase on diverging updates', () => {
  it('stays before the update when θ − η·∇ℓ would overflow', () => {
    // w − η·2 = 1 − 2e308 = −∞
    const session = startSession(linearSpec, [linearExample], linearStart, 1e308);
    expect(session.status).toBe('ok');
    const stuck = completeIteration(session);
    expect(stuck.status).toBe('diverged');
    expect(stuck.phase).toEqual({ kind: 'backward', layer: 0 });
    expect(stuck.updatedParameters).toBeNull();
    expect(stuck.parameters).toBe(linearStart);
    expect(stuck.iteration).toBe(0);
    expect(completeIteration(stuck)).toBe(stuck);
  });

  it('stays at the update when the updated parameters overflow the next forward pass', () => {
    // η = 5e307: w = 1 − 1e308 and b = −1e308 are finite, but the next ŷ = w + b = −∞
    const atUpdate = completeIteration(
      startSession(linearSpec, [linearExample], linearStart, 5e307),
    );
    expect(atUpdate.status).toBe('ok');
    expect(atUpdate.phase).toEqual({ kind: 'update' });
    expect(atUpdate.updatedParameters).toEqual([
      { weights: [[1 - 5e307 * 2]], biases: [0 - 5e307 * 2] },
    ]);
    const after = nextPhase(atUpdate);
    expect(after.status).toBe('diverged');
    expect(after.phase).toEqual({ kind: 'update' });
    expect(after.iteration).toBe(0);
    expect(after.parameters).toBe(linearStart);
    expect(nextPhase(after)).toBe(after);
  });

  it('leaves the update for the next iteration, on the next example, with the new parameters', () => {
    const examples: Example[] = [linearExample, { input: [2], target: [1] }];
    const atUpdate = completeIteration(startSession(linearSpec, examples, linearStart, 0.25));
    // ∂ℓ/∂w = ∂ℓ/∂b = 2: w = 1 − 0.5, b = −0.5
    const next = nextPhase(atUpdate);
    expect(next.status).toBe('ok');
    expect(next.iteration).toBe(1);
    expect(next.exampleIndex).toBe(1);
    expect(next.parameters).toEqual([{ weights: [[0.5]], biases: [-0.5] }]);
    expect(next.phase).toEqual({ kind: 'forward', layer: 0 });
    expect(next.updatedParameters).toBeNull();
    // ŷ = 0.5·2 − 0.5 = 0.5 against y = 1
    expect(next.trace.loss).toBe(0.25);
  });
});

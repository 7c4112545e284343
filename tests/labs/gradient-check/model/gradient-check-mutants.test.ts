import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/core/errors';
import { backwardSteps } from '../../../../src/labs/computational-graph/model/backward-steps';
import { localDerivative } from '../../../../src/labs/computational-graph/model/backward-steps-local';
import {
  diagnoseStep,
  sweepExponents,
  type SweepPoint,
} from '../../../../src/labs/gradient-check/model/gradient-check';
import type { ExpressionGraph, GraphNode } from '../../../../src/core/network/expression-graph';
import { LEAKY_SLOPE } from '../../../../src/core/scalar';

/** A sweep point with a given h and central relative error (the estimates do not matter here). */
function point(step: number, centralError: number): SweepPoint {
  return { step, central: 0, forward: 0, centralError, forwardError: centralError };
}

describe('sweepExponents edge cases', () => {
  it('accepts a single-point sweep (minimum = maximum)', () => {
    expect(sweepExponents(-3, -3, 1)).toEqual([-3]);
  });
});

describe('diagnoseStep edge cases', () => {
  // best h = 1 with error 0.5; the balanced band is error ≤ 10 · 0.5 = 5 or within one decade
  const sweep = [point(1e-4, 0.9), point(1, 0.5), point(1e4, 0.9)];

  it('ignores points whose error is NaN when looking for the best h', () => {
    const withNaN = [point(1e-2, Number.NaN), ...sweep];
    const diagnosis = diagnoseStep(withNaN, 1, 0.5);
    expect(diagnosis.bestStep).toBe(1);
    expect(diagnosis.bestError).toBe(0.5);
    expect(diagnosis.regime).toBe('balanced');
  });

  it('keeps the best h but names no regime when the error at h is not finite', () => {
    const diagnosis = diagnoseStep(sweep, 1e-4, Number.NaN);
    expect(diagnosis.regime).toBe('undefined');
    expect(diagnosis.bestStep).toBe(1);
    expect(diagnosis.bestError).toBeNaN();
  });

  it('is balanced when the error is within a factor 10 of the best, however far h is', () => {
    expect(diagnoseStep(sweep, 1e-4, 5).regime).toBe('balanced'); // exactly 10 · 0.5
    expect(diagnoseStep(sweep, 1e4, 4).regime).toBe('balanced');
    expect(diagnoseStep(sweep, 1e4, 6).regime).toBe('truncation');
  });

  it('is balanced within one decade of the best h, however large the error', () => {
    expect(diagnoseStep(sweep, 10, 100).regime).toBe('balanced'); // exactly one decade
    expect(diagnoseStep(sweep, 0.1, 100).regime).toBe('balanced');
    expect(diagnoseStep(sweep, 100, 100).regime).toBe('truncation');
    expect(diagnoseStep(sweep, 0.01, 100).regime).toBe('rounding');
  });

  it('measures the decades as |log10(h / best h)|', () => {
    // best h = 1e-4; h = 1e-5 is one decade below it (h · best h would be 9 decades from 1)
    const small = [point(1e-8, 0.9), point(1e-4, 1e-9), point(1e-1, 0.9)];
    expect(diagnoseStep(small, 1e-5, 1).regime).toBe('balanced');
    expect(diagnoseStep(small, 1e-7, 1).regime).toBe('rounding');
  });
});

/** A node with the given op, value and inputs (grad unused by backwardSteps). */
function node(id: number, op: string, value: number, inputs: number[] = []): GraphNode {
  return { id, op, label: `n${id}`, value, grad: 0, inputs };
}

describe('backwardSteps rejects malformed graphs', () => {
  const valid: ExpressionGraph = {
    nodes: [node(0, 'leaf', 2), node(1, 'leaf', 3), node(2, '*', 6, [0, 1])],
    rootId: 2,
  };

  it('accepts a well-formed graph: ∂(ab)/∂a = b, ∂(ab)/∂b = a', () => {
    const grads = new Map(backwardSteps(valid).map((step) => [step.nodeId, step.grad]));
    expect(grads.get(0)).toBe(3);
    expect(grads.get(1)).toBe(2);
  });

  it('rejects an empty graph and a root that is not the last node', () => {
    expect(() => backwardSteps({ nodes: [], rootId: -1 })).toThrow(ConfigurationError);
    expect(() => backwardSteps({ nodes: [], rootId: 0 })).toThrow(ConfigurationError);
    expect(() => backwardSteps({ ...valid, rootId: 1 })).toThrow(ConfigurationError);
  });

  it('rejects node ids that are not their positions', () => {
    const nodes = [node(0, 'leaf', 2), node(5, 'leaf', 3), node(2, '*', 6, [0, 1])];
    expect(() => backwardSteps({ nodes, rootId: 2 })).toThrow(ConfigurationError);
  });

  it('rejects a node reading itself, a later node or a negative id', () => {
    const self = [node(0, 'leaf', 2), node(1, 'exp', 1, [1])];
    expect(() => backwardSteps({ nodes: self, rootId: 1 })).toThrow(ConfigurationError);
    const later = [node(0, 'leaf', 2), node(1, 'exp', 1, [2]), node(2, '+', 3, [0, 1])];
    expect(() => backwardSteps({ nodes: later, rootId: 2 })).toThrow(ConfigurationError);
    const negative = [node(0, 'leaf', 2), node(1, 'exp', 1, [-1])];
    expect(() => backwardSteps({ nodes: negative, rootId: 1 })).toThrow(ConfigurationError);
  });
});

describe('localDerivative details', () => {
  it('names + , sum and − as constant factors', () => {
    expect(localDerivative(node(2, '+', 5, [0, 1]), [2, 3], 1)).toEqual({
      value: 1,
      factor: { kind: 'constant' },
    });
    expect(localDerivative(node(3, 'sum', 6, [0, 1, 2]), [1, 2, 3], 2)).toEqual({
      value: 1,
      factor: { kind: 'constant' },
    });
    expect(localDerivative(node(2, '-', -1, [0, 1]), [2, 3], 1)).toEqual({
      value: -1,
      factor: { kind: 'constant' },
    });
    expect(localDerivative(node(2, '-', -1, [0, 1]), [2, 3], 0)).toEqual({
      value: 1,
      factor: { kind: 'constant' },
    });
  });

  it('takes the left-hand slope at 0 for relu (0) and leaky relu (the leak)', () => {
    expect(localDerivative(node(1, 'relu', 0, [0]), [0], 0).value).toBe(0);
    expect(localDerivative(node(1, 'leakyRelu', 0, [0]), [0], 0).value).toBe(LEAKY_SLOPE);
    expect(localDerivative(node(1, 'relu', 0.5, [0]), [0.5], 0).value).toBe(1);
  });

  it('treats only ops starting with ^ as powers and rejects other unknown ops', () => {
    expect(localDerivative(node(1, '^3', 8, [0]), [2], 0).value).toBe(3 * 2 ** 2);
    expect(() => localDerivative(node(1, 'q3', 8, [0]), [2], 0)).toThrow(ConfigurationError);
  });

  it('rejects a position the node has no input or input value at', () => {
    expect(() => localDerivative(node(2, '+', 5, [0, 1]), [2, 3], 2)).toThrow(
      /node 2 has no input at position 2/,
    );
    expect(() => localDerivative(node(2, '+', 5, [0, 1]), [2], 1)).toThrow(ConfigurationError);
    expect(() => localDerivative(node(2, '+', 5, [0]), [2, 3], 1)).toThrow(ConfigurationError);
  });

  it('rejects a product with one input, whose other factor is missing', () => {
    expect(() => localDerivative(node(1, '*', 4, [0]), [2], 0)).toThrow(
      /'\*' node 1 needs two inputs/,
    );
    expect(() => localDerivative(node(2, '*', 6, [0, 1]), [2], 0)).toThrow(/needs two inputs/);
    expect(() => localDerivative(node(2, '*', 6, [0]), [2, 3], 0)).toThrow(/needs two inputs/);
  });
});

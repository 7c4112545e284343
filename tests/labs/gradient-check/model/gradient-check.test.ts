import { describe, expect, it } from 'vitest';
import { exerciseSpec } from '../../../../src/core/exercise/config';
import { LESSON_EXAMPLE_DEFAULT } from '../../../../src/core/exercise/data';
import { ConfigurationError } from '../../../../src/core/errors';
import {
  centralDifference,
  diagnoseStep,
  differenceSweep,
  forwardDifference,
  relativeError,
  sweepExponents,
} from '../../../../src/labs/gradient-check/model/gradient-check';
import {
  checkNetworkGradient,
  networkParameters,
  parameterAt,
} from '../../../../src/labs/gradient-check/model/gradient-check-network';
import { traceExample } from '../../../../src/core/network/trace';
import { DEFAULT_SEED, initializeParameters } from '../../../../src/core/training/initialization';
import type { NetworkSpec } from '../../../../src/core/types';
import { at } from '../../indexing';

describe('finite differences on a quadratic', () => {
  const [a, b, c] = [1.7, -0.3, 2.5];
  const f = (theta: number) => a * theta * theta + b * theta + c; // f′(θ) = 2aθ + b
  const theta = 0.8;
  const exact = 2 * a * theta + b;

  it.each([1e-3, 1e-2, 0.1, 0.5, 1])('central difference is exact up to rounding (h = %s)', (h) => {
    expect(Math.abs(centralDifference(f, theta, h) - exact)).toBeLessThan(1e-9);
  });

  it.each([1e-3, 1e-2, 0.1, 1])('forward difference is off by exactly a·h (h = %s)', (h) => {
    expect(forwardDifference(f, theta, h) - exact).toBeCloseTo(a * h, 8);
  });

  it('rejects a step that is not a finite positive number', () => {
    for (const h of [0, -1e-3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => centralDifference(f, theta, h)).toThrow(ConfigurationError);
      expect(() => forwardDifference(f, theta, h)).toThrow(ConfigurationError);
    }
  });
});

describe('relativeError', () => {
  it('is |g − ĝ| / max(|g|, |ĝ|)', () => {
    expect(relativeError(2, 1.5)).toBeCloseTo(0.5 / 2, 15);
    expect(relativeError(-0.01, -0.011)).toBeCloseTo(0.001 / 0.011, 15);
    expect(relativeError(1, -1)).toBe(2);
    expect(relativeError(3, 4)).toBe(relativeError(4, 3));
  });

  it('is 0 when both are 0 and NaN when either is not finite', () => {
    expect(relativeError(0, 0)).toBe(0);
    expect(relativeError(0, 1e-20)).toBe(1);
    expect(relativeError(Number.NaN, 1)).toBeNaN();
    expect(relativeError(1, Number.POSITIVE_INFINITY)).toBeNaN();
  });
});

describe('the sweep over h', () => {
  it('runs from 1e-12 to 1 in quarter decades', () => {
    const exponents = sweepExponents();
    expect(exponents).toHaveLength(49);
    expect(exponents[0]).toBe(-12);
    expect(exponents[48]).toBe(0);
    expect(() => sweepExponents(0, -1, 1)).toThrow(ConfigurationError);
    expect(() => sweepExponents(-1, 0, 0)).toThrow(ConfigurationError);
  });

  it('takes the middle of tied best points, and names the regime by the side of the best h', () => {
    const point = (exponent: number, centralError: number) => ({
      step: 10 ** exponent,
      central: 0,
      forward: 0,
      centralError,
      forwardError: centralError,
    });
    const sweep = [point(-6, 1e-3), point(-5, 0), point(-4, 0), point(-3, 0), point(-2, 0.5)];
    const diagnosis = diagnoseStep(sweep, 1e-2, 0.5);
    expect(diagnosis.bestStep).toBe(10 ** -4);
    expect(diagnosis.bestError).toBe(0);
    expect(diagnosis.regime).toBe('truncation');
    expect(diagnoseStep(sweep, 1e-6, 1e-3).regime).toBe('rounding');
    expect(diagnoseStep(sweep, 1e-5, 0).regime).toBe('balanced');
  });

  it('reports no regime when every estimate is NaN', () => {
    const sweep = differenceSweep(() => Number.NaN, 1, 1, [-2, -1]);
    expect(sweep.every((point) => Number.isNaN(point.centralError))).toBe(true);
    expect(diagnoseStep(sweep, 0.1, Number.NaN).regime).toBe('undefined');
  });
});

describe('checkNetworkGradient on the lesson network', () => {
  const spec = exerciseSpec('sigmoid', 'halfSquaredError');
  const parameters = initializeParameters(spec, { scheme: 'uniform', seed: DEFAULT_SEED });
  const example = LESSON_EXAMPLE_DEFAULT;
  const w11 = { layer: 0, kind: 'weight', row: 0, column: 0 } as const;

  it('names the parameters as the lesson does', () => {
    expect(networkParameters(spec).map((entry) => entry.name)).toEqual([
      'w₁₁',
      'w₁₂',
      'w₂₁',
      'w₂₂',
      'b₁',
      'b₂',
      'v₁',
      'v₂',
      'c',
    ]);
    expect(() => parameterAt(parameters, { layer: 3, kind: 'bias', row: 0, column: 0 })).toThrow(
      ConfigurationError,
    );
  });

  it.each(networkParameters(spec))(
    'agrees with the hand-written backward pass for $name',
    ({ position }) => {
      const trace = traceExample(spec, parameters, example); // a second, independent engine
      const layer = at(trace.layers, position.layer);
      const expected =
        position.kind === 'weight'
          ? at(at(layer.dLossDWeights, position.row), position.column)
          : at(layer.dLossDBiases, position.row);
      const check = checkNetworkGradient(spec, parameters, example, position, 1e-5);
      expect(check.gradient).toBeCloseTo(expected, 14);
      expect(check.centralError).toBeLessThan(1e-7);
      expect(check.centralError).toBe(relativeError(check.gradient, check.central));
    },
  );

  it('has a V-shaped relative error over h: large at both ends, small in the middle', () => {
    const { sweep, diagnosis } = checkNetworkGradient(spec, parameters, example, w11, 1e-4);
    const errors = sweep.map((point) => point.centralError);
    const best = errors.indexOf(Math.min(...errors));
    expect(sweep[best]?.step).toBe(diagnosis.bestStep);
    expect(diagnosis.bestStep).toBeGreaterThan(1e-9);
    expect(diagnosis.bestStep).toBeLessThan(1e-2);
    const smallest = at(errors, best);
    expect(errors[0]).toBeGreaterThan(1000 * smallest); // h = 1e-12: cancellation
    expect(errors.at(-1)).toBeGreaterThan(1000 * smallest); // h = 1: truncation
    // right of the bottom, truncation error grows steadily with h (about h²)
    for (let index = best + 5; index < errors.length; index++) {
      expect(errors[index]).toBeGreaterThan(at(errors, index - 1));
    }
    // the forward difference's truncation is O(h), so at moderate h it is worse than the central one
    const moderate = sweep.find((point) => point.step === 1e-2)!;
    expect(moderate.forwardError).toBeGreaterThan(10 * moderate.centralError);
  });

  it('names the regime of h', () => {
    const at = (step: number) =>
      checkNetworkGradient(spec, parameters, example, w11, step).diagnosis.regime;
    expect(at(1)).toBe('truncation');
    expect(at(1e-12)).toBe('rounding');
    const { bestStep } = checkNetworkGradient(spec, parameters, example, w11, 1).diagnosis;
    expect(at(bestStep)).toBe('balanced');
  });

  it('is exact for moderate h when the loss is quadratic in the weight (linear network)', () => {
    const linear: NetworkSpec = {
      inputSize: 2,
      layers: [
        { size: 2, activation: 'linear' },
        { size: 1, activation: 'linear' },
      ],
      loss: 'halfSquaredError',
    };
    const linearParameters = initializeParameters(linear, { scheme: 'uniform', seed: 3 });
    for (const { position } of networkParameters(linear)) {
      for (const step of [1e-2, 0.1, 1]) {
        const check = checkNetworkGradient(linear, linearParameters, example, position, step);
        expect(check.centralError).toBeLessThan(1e-9);
      }
    }
  });

  it('gives relative error 0 for a weight the loss does not depend on (inactive ReLU)', () => {
    const relu = exerciseSpec('relu', 'halfSquaredError');
    const dead = initializeParameters(relu, { scheme: 'uniform', seed: DEFAULT_SEED });
    at(dead, 0).biases[0] = -5; // z1 < 0: a1 = 0 whatever w11 is, for small moves
    const check = checkNetworkGradient(relu, dead, example, w11, 1e-3);
    expect(check.gradient).toBe(0);
    expect(check.central).toBe(0);
    expect(check.centralError).toBe(0);
  });

  it('rejects an invalid step', () => {
    expect(() => checkNetworkGradient(spec, parameters, example, w11, 0)).toThrow(
      ConfigurationError,
    );
  });
});

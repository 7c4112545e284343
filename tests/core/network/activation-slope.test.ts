import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activationSlope } from '../../../src/core/network/activation-slope';
import { LEAKY_SLOPE, sigmoid } from '../../../src/core/scalar';

/** Central finite difference of f at z. */
const slopeOf = (f: (z: number) => number, z: number) => (f(z + 1e-6) - f(z - 1e-6)) / 2e-6;

describe('activationSlope', () => {
  it('is g′(z) for each activation, read from the stored output a = g(z)', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (z) => {
        fc.pre(Math.abs(z) > 1e-3);
        expect(activationSlope('sigmoid', z, sigmoid(z))).toBeCloseTo(slopeOf(sigmoid, z), 6);
        expect(activationSlope('tanh', z, Math.tanh(z))).toBeCloseTo(slopeOf(Math.tanh, z), 6);
        const relu = (x: number) => Math.max(0, x);
        expect(activationSlope('relu', z, relu(z))).toBeCloseTo(slopeOf(relu, z), 6);
        const leaky = (x: number) => (x > 0 ? x : LEAKY_SLOPE * x);
        expect(activationSlope('leakyRelu', z, leaky(z))).toBeCloseTo(slopeOf(leaky, z), 6);
        expect(activationSlope('linear', z, z)).toBe(1);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('passes no gradient through ReLU at z ≤ 0', () => {
    expect(activationSlope('relu', 0, 0)).toBe(0);
    expect(activationSlope('relu', -2, 0)).toBe(0);
  });
});

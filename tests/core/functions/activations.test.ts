import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_FUNCTIONS } from '../../../src/core/functions/activations';
import { LEAKY_SLOPE } from '../../../src/core/scalar';
import { DENSE, DROPOUT } from '../../../src/core/tape/program';
import { ACTIVATIONS } from '../../../src/core/types';
import type { ActivationName } from '../../../src/core/types';
import { centralDifference, nearlyEqual } from './finite-difference';

const kinked = (name: ActivationName) => name === 'relu' || name === 'leakyRelu';

// both signs, near 0, and |z| large enough that σ and tanh saturate
const POINTS = [-1000, -40, -7.5, -1, -0.25, 0, 0.25, 1, 7.5, 40, 1000];

describe('ACTIVATION_FUNCTIONS', () => {
  it('has one entry per ActivationName', () => {
    expect(Object.keys(ACTIVATION_FUNCTIONS).sort()).toEqual([...ACTIVATIONS].sort());
  });

  it.each(ACTIVATIONS)('%s: derivative(z, g(z)) is the finite difference of forward', (name) => {
    const { forward, derivative } = ACTIVATION_FUNCTIONS[name];
    const points = POINTS.filter((z) => !(kinked(name) && z === 0)); // away from the kink
    for (const z of points) {
      const slope = derivative(z, forward(z));
      expect(nearlyEqual(slope, centralDifference(forward, z)), `${name} at z = ${z}`).toBe(true);
    }
    fc.assert(
      fc.property(fc.double({ min: -60, max: 60, noNaN: true }), (z) => {
        fc.pre(!kinked(name) || Math.abs(z) > 1e-3);
        const slope = derivative(z, forward(z));
        expect(nearlyEqual(slope, centralDifference(forward, z))).toBe(true);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('takes the left slope at the kink z = 0', () => {
    expect(ACTIVATION_FUNCTIONS.relu.derivative(0, 0)).toBe(0);
    expect(ACTIVATION_FUNCTIONS.leakyRelu.derivative(0, 0)).toBe(LEAKY_SLOPE);
  });

  it('stays finite at |z| = 1000', () => {
    for (const name of ACTIVATIONS) {
      const { forward, derivative } = ACTIVATION_FUNCTIONS[name];
      for (const z of [-1000, 1000]) {
        expect(Number.isFinite(forward(z))).toBe(true);
        expect(Number.isFinite(derivative(z, forward(z)))).toBe(true);
      }
    }
  });

  it('gives each tape activation its own code, apart from the dense and dropout entries', () => {
    const codes = ACTIVATIONS.filter((name) => name !== 'linear').map(
      (name) => ACTIVATION_FUNCTIONS[name].code,
    );
    expect(new Set([...codes, DENSE, DROPOUT]).size).toBe(codes.length + 2);
    expect(codes.every((code) => code > 0)).toBe(true);
    expect(ACTIVATION_FUNCTIONS.linear.code).toBeLessThan(0); // a linear layer gets no entry
  });
});

// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../../../src/core/types';
import {
  activationRange,
  barSpan,
  lossRange,
} from '../../../../src/features/exercise/network-diagram/value-bars';

const finite = fc.double({ min: -50, max: 50, noNaN: true });

describe('barSpan', () => {
  it('fills σ(z) from the left end: share a of (0, 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (a) => {
        const { start, end } = barSpan(a, activationRange('sigmoid', 0));
        expect(start).toBe(0);
        expect(end).toBeCloseTo(a, 12);
      }),
    );
  });

  it('fills tanh(z) from the middle, towards its sign', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (a) => {
        const { start, end } = barSpan(a, activationRange('tanh', 0));
        const point = (a + 1) / 2;
        expect(start).toBeCloseTo(Math.min(0.5, point), 12);
        expect(end).toBeCloseTo(Math.max(0.5, point), 12);
      }),
    );
  });

  it('scales ReLU to the largest a on show: that one fills the bar, the others their share', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 1 }), (as) => {
        const largest = Math.max(...as);
        fc.pre(largest > 0);
        for (const a of as) {
          const { start, end } = barSpan(a, activationRange('relu', largest));
          expect(start).toBe(0);
          expect(end).toBeCloseTo(a / largest, 12);
        }
      }),
    );
  });

  it('keeps every span within the bar, start ≤ end, for any value and activation', () => {
    fc.assert(
      fc.property(
        finite,
        fc.constantFrom(...ACTIVATIONS),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (value, activation, largest) => {
          const { start, end } = barSpan(value, activationRange(activation, largest));
          expect(0 <= start && start <= end && end <= 1).toBe(true);
        },
      ),
    );
  });

  it('draws nothing on an empty range or for a value that is not a number', () => {
    expect(barSpan(3, activationRange('relu', 0))).toEqual({ start: 0, end: 0 });
    expect(barSpan(Number.NaN, activationRange('sigmoid', 0))).toEqual({ start: 0, end: 0 });
  });
});

describe('lossRange', () => {
  it('runs from 0 to the largest of the current loss and the finite recorded losses', () => {
    expect(lossRange(0.2, [0.9, 0.5, Number.POSITIVE_INFINITY])).toEqual({ low: 0, high: 0.9 });
    expect(lossRange(1.5, [0.9, 0.5])).toEqual({ low: 0, high: 1.5 });
    expect(lossRange(0.3, [])).toEqual({ low: 0, high: 0.3 });
  });
});

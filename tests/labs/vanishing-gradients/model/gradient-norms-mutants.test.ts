// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  compareFirstToLast,
  roundRatio,
  SIMILAR_FACTOR,
} from '../../../../src/labs/vanishing-gradients/model/gradient-norms';
import { fieldOf } from '../../../core/configuration-field';

describe('compareFirstToLast edge cases', () => {
  it.each([
    [[0, 1], 'a zero first norm (ratio 0)'],
    [[1, 0], 'a zero last norm (ratio ∞)'],
    [[-1, 2], 'a negative first norm with a finite, non-zero ratio'],
    [[2, -1], 'a negative last norm with a finite, non-zero ratio'],
    [[Infinity, 1], 'an infinite first norm'],
    [[1e300, 1e-300], 'a ratio that overflows to ∞'],
    [[1e-300, 1e300], 'a ratio that underflows to 0'],
  ])('reads %o as undefined (%s)', (norms) => {
    expect(compareFirstToLast(norms)).toEqual({ kind: 'undefined' });
  });

  it('reads a ratio of exactly 1/1.5 or 1.5 as similar (within a factor 1.5)', () => {
    // 2/3 and 3/2 are the boundary ratios themselves
    expect(2 / 3).toBe(1 / SIMILAR_FACTOR);
    expect(compareFirstToLast([2, 3])).toEqual({ kind: 'similar' });
    expect(compareFirstToLast([3, 2])).toEqual({ kind: 'similar' });
  });

  it('names the offending field', () => {
    expect(fieldOf(() => roundRatio(0))).toBe('ratio');
    expect(fieldOf(() => compareFirstToLast([1]))).toBe('norms');
  });
});

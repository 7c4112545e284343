import { describe, expect, it } from 'vitest';
import { createRng, normal } from '../../src/core/rng';

describe('normal()', () => {
  it('is symmetric about 0 with unit variance', () => {
    const rng = createRng(12345);
    const count = 20_000;
    let sum = 0;
    let squares = 0;
    let positive = 0;
    for (let draw = 0; draw < count; draw++) {
      const x = normal(rng);
      sum += x;
      squares += x * x;
      if (x > 0) positive++;
    }
    // standard errors: 1/√n ≈ 0.007 for the mean, 0.0035 for the share of positive draws
    expect(Math.abs(sum / count)).toBeLessThan(0.025);
    expect(Math.abs(positive / count - 0.5)).toBeLessThan(0.012);
    expect(squares / count).toBeCloseTo(1, 1);
  });
});

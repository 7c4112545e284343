import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/core/data/datasets';
import type { DatasetName, DatasetOptions } from '../../../src/core/data/datasets';

const sizes = (name: DatasetName, options: DatasetOptions) => {
  const { train, test } = createDataset(name, options);
  return [train.length, test.length];
};

describe('createDataset options', () => {
  it('accepts 2 to 10,000 points and names the range otherwise', () => {
    expect(sizes('spiral', { count: 2, testFraction: 0 })).toEqual([2, 0]);
    expect(sizes('spiral', { count: 10_000, testFraction: 0.25 })).toEqual([7500, 2500]);
    for (const count of [1, 10_001]) {
      expect(() => createDataset('spiral', { count })).toThrow(
        expect.objectContaining({ field: 'count', message: expect.stringMatching(/2 to 10000/) }),
      );
    }
  });

  it('accepts noise in [0, 1]', () => {
    expect(sizes('circle', { count: 10, noise: 1, testFraction: 0 })).toEqual([10, 0]);
    expect(sizes('circle', { count: 10, noise: 0, testFraction: 0 })).toEqual([10, 0]);
    for (const noise of [1.5, -0.01, Number.NaN]) {
      expect(() => createDataset('circle', { noise })).toThrow(
        expect.objectContaining({ field: 'noise', message: expect.stringMatching(/\[0, 1\]/) }),
      );
    }
  });

  it('accepts a test fraction in [0, 1) and always leaves one training point', () => {
    expect(sizes('twoGaussians', { count: 10, testFraction: 0.999 })).toEqual([1, 9]);
    // round(2·0.9) = 2 test points would leave none to train on
    expect(sizes('twoGaussians', { count: 2, testFraction: 0.9 })).toEqual([1, 1]);
    for (const testFraction of [Number.NaN, -0.1, 1]) {
      expect(() => createDataset('twoGaussians', { testFraction })).toThrow(
        expect.objectContaining({
          field: 'testFraction',
          message: expect.stringMatching(/\[0, 1\)/),
        }),
      );
    }
  });

  it('names the bad seed and the unknown data set', () => {
    expect(() => createDataset('circle', { seed: Infinity })).toThrow(
      expect.objectContaining({ field: 'seed', message: expect.stringMatching(/finite/) }),
    );
    expect(() => createDataset('moons' as DatasetName)).toThrow(
      expect.objectContaining({ field: 'name', message: expect.stringMatching(/'moons'/) }),
    );
  });
});

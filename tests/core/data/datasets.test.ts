import { describe, expect, it } from 'vitest';
import { createDataset, DATASETS, LESSON_EXAMPLE } from '../../../src/core/data/datasets';
import type { DatasetName } from '../../../src/core/data/datasets';

const pointSets: DatasetName[] = ['circle', 'twoGaussians', 'spiral'];

describe('datasets', () => {
  it('lesson: the single example x = (1.0, 0.5), y = 1', () => {
    expect(LESSON_EXAMPLE).toEqual({ input: [1, 0.5], target: [1] });
    expect(createDataset('lesson')).toEqual({
      train: [{ input: [1, 0.5], target: [1] }],
      test: [],
    });
  });

  it.each([
    ['and', (a: number, b: number) => a & b],
    ['or', (a: number, b: number) => a | b],
    ['xor', (a: number, b: number) => a ^ b],
  ] as const)('%s: the four binary points labelled by the truth table', (name, rule) => {
    const { train, test } = createDataset(name);
    expect(test).toEqual([]);
    expect(train.map((example) => example.input)).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    for (const { input, target } of train) expect(target).toEqual([rule(input[0]!, input[1]!)]);
  });

  it.each(pointSets)('%s: deterministic per seed, sizes and split right, ranges', (name) => {
    const options = { count: 150, noise: 0.05, testFraction: 0.2, seed: 4 };
    const dataset = createDataset(name, options);
    expect(createDataset(name, options)).toEqual(dataset);
    expect(createDataset(name, { ...options, seed: 5 })).not.toEqual(dataset);
    expect(dataset.test).toHaveLength(30);
    expect(dataset.train).toHaveLength(120);
    const all = [...dataset.train, ...dataset.test];
    expect(all.filter((example) => example.target[0] === 1)).toHaveLength(75);
    for (const { input, target } of all) {
      expect(input).toHaveLength(2);
      expect([0, 1]).toContain(target[0]);
      // the classes lie within the unit square; the noise adds a few standard deviations at most
      for (const x of input) expect(Math.abs(x)).toBeLessThan(1 + 6 * 0.05);
    }
    // both classes appear in the test split after shuffling
    expect(new Set(dataset.test.map((example) => example.target[0])).size).toBe(2);
  });

  it('circle: class 1 inside radius 0.5, class 0 in the ring from 0.7 to 1 (no noise)', () => {
    for (const { input, target } of createDataset('circle', { noise: 0, seed: 1 }).train) {
      const radius = Math.hypot(input[0]!, input[1]!);
      if (target[0] === 1) expect(radius).toBeLessThanOrEqual(0.5);
      else expect(radius).toBeGreaterThanOrEqual(0.7 - 1e-12);
    }
  });

  it('twoGaussians: classes centred at ±(0.5, 0.5)', () => {
    const { train } = createDataset('twoGaussians', { count: 2000, testFraction: 0, seed: 2 });
    for (const label of [0, 1]) {
      const points = train.filter((example) => example.target[0] === label);
      const centre = label === 1 ? 0.5 : -0.5;
      for (const axis of [0, 1]) {
        const mean = points.reduce((sum, example) => sum + example.input[axis]!, 0) / points.length;
        expect(Math.abs(mean - centre)).toBeLessThan(0.03);
      }
    }
  });

  it('spiral: without noise, each point lies at radius r on its arm θ = 3.5πr (+π for class 1)', () => {
    for (const { input, target } of createDataset('spiral', { noise: 0, count: 50, seed: 1 })
      .train) {
      const radius = Math.hypot(input[0]!, input[1]!);
      const angle = 2 * Math.PI * 1.75 * radius + (target[0] === 1 ? Math.PI : 0);
      expect(input[0]).toBeCloseTo(radius * Math.sin(angle), 12);
      expect(input[1]).toBeCloseTo(radius * Math.cos(angle), 12);
    }
  });

  it('rejects bad options and names, naming the field', () => {
    const cases: [DatasetName, object, string][] = [
      ['circle', { count: 1 }, 'count'],
      ['circle', { count: 10.5 }, 'count'],
      ['spiral', { noise: -0.1 }, 'noise'],
      ['twoGaussians', { testFraction: 1 }, 'testFraction'],
      ['circle', { seed: Number.NaN }, 'seed'],
      ['moons' as DatasetName, {}, 'name'],
    ];
    for (const [name, options, field] of cases) {
      expect(() => createDataset(name, options)).toThrow(expect.objectContaining({ field }));
    }
    expect(DATASETS).toContain('spiral');
  });
});

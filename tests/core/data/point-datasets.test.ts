import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/core/data/datasets';
import { samplePoints } from '../../../src/core/data/point-datasets';
import type { Rng } from '../../../src/core/rng';
import type { Example } from '../../../src/core/types';

/** A generator stuck on one value, so every draw is known. */
const stuck =
  (value: number): Rng =>
  () =>
    value;
/** normal() from two draws of 0.5: √(−2 ln 0.5)·cos(π). */
const normalAtHalf = -Math.sqrt(2 * Math.log(2));

const ofClass = (examples: Example[], label: number) =>
  examples.filter((example) => example.target[0] === label);
const radius = (example: Example) => Math.hypot(example.input[0]!, example.input[1]!);

describe('point samplers', () => {
  it('circle: the outer class fills the ring 0.7 ≤ r ≤ 1 all the way round', () => {
    const { train } = createDataset('circle', { count: 400, noise: 0, testFraction: 0, seed: 9 });
    for (const label of [0, 1]) {
      const points = ofClass(train, label);
      const radii = points.map(radius);
      if (label === 0) {
        expect(Math.min(...radii)).toBeLessThan(0.75);
        expect(Math.max(...radii)).toBeGreaterThan(0.95);
      } else {
        expect(Math.max(...radii)).toBeGreaterThan(0.45);
      }
      // both classes reach every quadrant
      const quadrants = new Set(
        points.map((example) => `${Math.sign(example.input[0]!)},${Math.sign(example.input[1]!)}`),
      );
      expect(quadrants).toEqual(new Set(['1,1', '-1,1', '-1,-1', '1,-1']));
    }
  });

  it('twoGaussians: each coordinate is its centre ± 0.2 standard normals', () => {
    // two points, generator stuck on 0.5: each normal draw is √(2 ln 2)·cos(π); the shuffle
    // draws ⌊0.5·2⌋ = 1 and leaves the class-0 point first
    const [zero, one] = samplePoints('twoGaussians', stuck(0.5), 2, 0);
    expect(zero!.target).toEqual([0]);
    expect(one!.target).toEqual([1]);
    for (const x of zero!.input) expect(x).toBeCloseTo(-0.5 + 0.2 * normalAtHalf, 14);
    for (const x of one!.input) expect(x).toBeCloseTo(0.5 + 0.2 * normalAtHalf, 14);
  });

  it('adds noise·N(0, 1) to each coordinate', () => {
    // a one-point spiral arm sits at the origin; the jitter alone moves it
    const points = samplePoints('spiral', stuck(0.5), 2, 0.1);
    for (const { input } of points) {
      for (const x of input) expect(x).toBeCloseTo(0.1 * normalAtHalf, 14);
    }
  });

  it('spiral: class 0 gets ⌊count/2⌋ points at radii i/(n − 1), class 1 the rest', () => {
    const points = samplePoints('spiral', stuck(0.3), 7, 0);
    const radii = (label: number) =>
      ofClass(points, label)
        .map(radius)
        .sort((a, b) => a - b);
    const expectRadii = (actual: number[], expected: number[]) => {
      expect(actual).toHaveLength(expected.length);
      actual.forEach((value, index) => expect(value).toBeCloseTo(expected[index]!, 12));
    };
    expectRadii(radii(0), [0, 0.5, 1]);
    expectRadii(radii(1), [0, 1 / 3, 2 / 3, 1]);
    // a class of one point sits at the centre
    for (const { input } of samplePoints('spiral', stuck(0.3), 3, 0)) {
      for (const x of input) expect(Number.isFinite(x)).toBe(true);
    }
  });

  it('shuffles with Fisher–Yates: each position may keep its point or swap with an earlier one', () => {
    // two points, class 0 then class 1 before shuffling; the swap partner is ⌊u·2⌋
    const kept = samplePoints('spiral', stuck(0.99), 2, 0);
    expect(kept.map((example) => example.target[0])).toEqual([0, 1]);
    const swapped = samplePoints('spiral', stuck(0), 2, 0);
    expect(swapped.map((example) => example.target[0])).toEqual([1, 0]);
  });
});

import { normal, uniform } from '../rng';
import type { Rng } from '../rng';
import type { Example } from '../types';

/** One labelled 2-D point before jitter: coordinates (x₁, x₂) and its class 0 or 1. */
type Sampler = (rng: Rng, label: 0 | 1, index: number, classCount: number) => [number, number];

/** Radius of the inner disc (class 1) and inner edge of the outer ring (class 0) of `circle`. */
const INNER_RADIUS = 0.5;
const RING_START = 0.7;

/** Class 1 uniform in the disc r < 0.5, class 0 uniform in the ring 0.7 ≤ r ≤ 1. */
const circlePoint: Sampler = (rng, label) => {
  // r = R·√u is uniform over the area of a disc
  const radius =
    label === 1
      ? INNER_RADIUS * Math.sqrt(rng())
      : Math.sqrt(uniform(rng, RING_START * RING_START, 1));
  const angle = uniform(rng, 0, 2 * Math.PI);
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
};

/** Standard deviation of each blob of `twoGaussians`, centred at ±(0.5, 0.5). */
const BLOB_DEVIATION = 0.2;

/** Class 1 ~ N((0.5, 0.5), 0.2²·I), class 0 ~ N((−0.5, −0.5), 0.2²·I). */
const gaussianPoint: Sampler = (rng, label) => {
  const centre = label === 1 ? 0.5 : -0.5;
  return [centre + BLOB_DEVIATION * normal(rng), centre + BLOB_DEVIATION * normal(rng)];
};

/** Turns of each spiral arm. */
const SPIRAL_TURNS = 1.75;

/** Two interleaved arms: r = i/n, θ = 2π·1.75·r, class 1 turned by π. */
const spiralPoint: Sampler = (_rng, label, index, classCount) => {
  const radius = classCount > 1 ? index / (classCount - 1) : 0;
  const angle = 2 * Math.PI * SPIRAL_TURNS * radius + (label === 1 ? Math.PI : 0);
  return [radius * Math.sin(angle), radius * Math.cos(angle)];
};

export const POINT_SAMPLERS = {
  circle: circlePoint,
  twoGaussians: gaussianPoint,
  spiral: spiralPoint,
} as const;

export type PointDatasetName = keyof typeof POINT_SAMPLERS;

/**
 * `count` points, ⌊count/2⌋ of class 0 then the rest of class 1, each coordinate jittered by
 * noise·N(0, 1), then shuffled (Fisher–Yates) with the same generator.
 */
export function samplePoints(
  name: PointDatasetName,
  rng: Rng,
  count: number,
  noise: number,
): Example[] {
  const sampler = POINT_SAMPLERS[name];
  const points: Example[] = [];
  const classZero = Math.floor(count / 2);
  for (const label of [0, 1] as const) {
    const classCount = label === 0 ? classZero : count - classZero;
    for (let index = 0; index < classCount; index++) {
      const [first, second] = sampler(rng, label, index, classCount);
      points.push({
        input: [first + noise * normal(rng), second + noise * normal(rng)],
        target: [label],
      });
    }
  }
  // Fisher–Yates: rng() ∈ [0, 1), so 0 ≤ other ≤ last < points.length
  for (let last = points.length - 1; last > 0; last--) {
    const other = Math.floor(rng() * (last + 1));
    [points[last], points[other]] = [points[other]!, points[last]!];
  }
  return points;
}

/**
 * The surface of the optimizer race: Rosenbrock's curved valley with a gentle wall factor,
 * J(w₁, w₂) = (1 − w₁)² + b·(w₂ − w₁²)², b = 10. Its floor is the parabola w₂ = w₁², narrow
 * across and nearly flat along, so plain descent zig-zags or crawls while momentum and the
 * adaptive methods get through differently. The only minimum is J = 0 at (1, 1).
 */
import type { Point2 } from '../../../core/figures/loss-surface';

export type { Point2 };

/** The wall factor b: how much steeper the valley's sides are than its floor. */
export const RACE_WALL = 10;

/** The minimum θ* = (1, 1), where J = 0. */
export const RACE_MINIMUM: Point2 = { w1: 1, w2: 1 };

/** The rectangle of the plane the race shows. */
export const RACE_DOMAIN = {
  w1: { min: -2, max: 2 },
  w2: { min: -1, max: 3 },
} as const;

/** The default start: high on the far side of the valley. */
export const RACE_START: Point2 = { w1: -1.5, w2: 2 };

/** J(w₁, w₂) = (1 − w₁)² + b(w₂ − w₁²)² ≥ 0. */
export function raceLoss({ w1, w2 }: Point2): number {
  const floor = w2 - w1 * w1;
  return (1 - w1) ** 2 + RACE_WALL * floor * floor;
}

/** ∇J = (−2(1 − w₁) − 4b·w₁(w₂ − w₁²), 2b(w₂ − w₁²)). */
export function raceGradient({ w1, w2 }: Point2): Point2 {
  const floor = w2 - w1 * w1;
  return { w1: -2 * (1 - w1) - 4 * RACE_WALL * w1 * floor, w2: 2 * RACE_WALL * floor };
}

/** Euclidean distance ‖θ − θ*‖ to the minimum. */
export function distanceToMinimum({ w1, w2 }: Point2): number {
  return Math.hypot(w1 - RACE_MINIMUM.w1, w2 - RACE_MINIMUM.w2);
}

/** The point moved inside the domain (each coordinate clamped to its range). */
export function clampToDomain({ w1, w2 }: Point2): Point2 {
  const clamp = (value: number, { min, max }: { min: number; max: number }) =>
    Math.min(max, Math.max(min, value));
  return { w1: clamp(w1, RACE_DOMAIN.w1), w2: clamp(w2, RACE_DOMAIN.w2) };
}

/**
 * J on a `size` × `size` grid of cell centres over the domain, row by row from w₂ = min upwards
 * (index i + j·size is w₁ cell i, w₂ cell j): the layout d3-contour reads.
 */
export function raceGrid(size: number): number[] {
  const { w1: across, w2: up } = RACE_DOMAIN;
  const width = (across.max - across.min) / size;
  const height = (up.max - up.min) / size;
  const values: number[] = [];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      values.push(
        raceLoss({ w1: across.min + (column + 0.5) * width, w2: up.min + (row + 0.5) * height }),
      );
    }
  }
  return values;
}

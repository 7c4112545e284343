/**
 * The loss surface of the figure "O gradiente": a tilted, elongated quadratic bowl over two
 * parameters θ = (w₁, w₂), and plain gradient descent on it. Exact, so that the figure can say why
 * a step overshoots: along a direction of curvature λ one step multiplies the distance to the
 * minimum by (1 − ηλ), which flips sign when η > 1/λ and grows in size when η > 2/λ.
 */

import { gradientStep } from '../training/optimizers';

/** A point (w₁, w₂) of the parameter plane. */
export interface Point2 {
  w1: number;
  w2: number;
}

/** One point of a descent path: where it is, its loss J and the gradient ∇J there. */
export interface PathPoint extends Point2 {
  loss: number;
  gradient: Point2;
}

/** The bowl's shape: J(θ) = ½(λ₁u² + λ₂v²), (u, v) = the offset θ − θ* turned by −angle. */
export const SURFACE = {
  minimum: { w1: 0, w2: 0 },
  /** Curvatures along the two axes of the bowl: the valley floor is gentle, its walls steep. */
  curvatures: [1, 8] as const,
  /** Angle of the gentle axis against the w₁ axis, in radians (30°). */
  angle: Math.PI / 6,
} as const;

/** The square of the plane the figure shows: −3 ≤ w₁, w₂ ≤ 3. */
export const SURFACE_DOMAIN = { min: -3, max: 3 } as const;

/** Where every descent starts: high on a wall and away from both axes of the bowl. */
export const SURFACE_START: Point2 = { w1: -2.4, w2: 1.6 };

/** The η slider's range; its top lies beyond 2/λ_max, where descent diverges. */
export const SURFACE_LEARNING_RATE = { min: 0.01, max: 0.3, step: 0.01, initial: 0.1 } as const;

/** The most steps a path is computed for. */
export const SURFACE_MAX_STEPS = 40;

/** |w| beyond which a diverging path is no longer followed (far outside the picture). */
const ESCAPE = 1e6;

/** (u, v): the offset from the minimum in the bowl's own axes. */
function bowlCoordinates({ w1, w2 }: Point2): [number, number] {
  const dx = w1 - SURFACE.minimum.w1;
  const dy = w2 - SURFACE.minimum.w2;
  const cos = Math.cos(SURFACE.angle);
  const sin = Math.sin(SURFACE.angle);
  return [cos * dx + sin * dy, -sin * dx + cos * dy];
}

/** J(w₁, w₂) = ½(λ₁u² + λ₂v²) ≥ 0, zero only at the minimum. */
export function surfaceLoss(point: Point2): number {
  const [u, v] = bowlCoordinates(point);
  const [gentle, steep] = SURFACE.curvatures;
  return 0.5 * (gentle * u * u + steep * v * v);
}

/** ∇J = (∂J/∂w₁, ∂J/∂w₂): the chain rule through the rotation, (λ₁u, λ₂v) turned back by +angle. */
export function surfaceGradient(point: Point2): Point2 {
  const [u, v] = bowlCoordinates(point);
  const [gentle, steep] = SURFACE.curvatures;
  const cos = Math.cos(SURFACE.angle);
  const sin = Math.sin(SURFACE.angle);
  const du = gentle * u;
  const dv = steep * v;
  return { w1: cos * du - sin * dv, w2: sin * du + cos * dv };
}

/** The largest η for which descent converges on this bowl: 2/λ_max. */
export function stabilityLimit(): number {
  return 2 / Math.max(...SURFACE.curvatures);
}

function pathPoint(point: Point2): PathPoint {
  return { ...point, loss: surfaceLoss(point), gradient: surfaceGradient(point) };
}

/**
 * Gradient descent θ ← θ − η∇J(θ) from `start`: the start and then up to `steps` updates. A path
 * that runs off to infinity stops at the first point beyond |w| = 10⁶.
 */
export function descentPath(start: Point2, learningRate: number, steps: number): PathPoint[] {
  let current = pathPoint(start);
  const path = [current];
  for (let step = 0; step < steps; step++) {
    if (Math.abs(current.w1) > ESCAPE || Math.abs(current.w2) > ESCAPE) break;
    const theta = Float64Array.of(current.w1, current.w2);
    gradientStep(theta, Float64Array.of(current.gradient.w1, current.gradient.w2), learningRate);
    // theta has the two entries just given to it
    current = pathPoint({ w1: theta[0]!, w2: theta[1]! });
    if (!Number.isFinite(current.loss)) break;
    path.push(current);
  }
  return path;
}

/** True when some step up to index `upTo` of the path raised the loss: η overshoots the valley. */
export function lossRises(path: readonly PathPoint[], upTo: number): boolean {
  const last = Math.min(upTo, path.length - 1);
  // 1 ≤ index ≤ last < path.length
  for (let index = 1; index <= last; index++) {
    if (path[index]!.loss > path[index - 1]!.loss) return true;
  }
  return false;
}

/** True when the point lies inside the square the figure shows. */
export function insideDomain({ w1, w2 }: Point2): boolean {
  const { min, max } = SURFACE_DOMAIN;
  return w1 >= min && w1 <= max && w2 >= min && w2 <= max;
}

/**
 * J sampled on a `size` × `size` grid of cell centres over the domain, row by row from w₂ = min
 * upwards (index i + j·size is w₁ cell i, w₂ cell j): the layout d3-contour reads.
 */
export function surfaceGrid(size: number): number[] {
  const { min, max } = SURFACE_DOMAIN;
  const cell = (max - min) / size;
  const values: number[] = [];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      values.push(surfaceLoss({ w1: min + (column + 0.5) * cell, w2: min + (row + 0.5) * cell }));
    }
  }
  return values;
}

/** `count` contour levels doubling from `lowest`: even spacing in log J shows the valley floor. */
export function contourLevels(lowest: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => lowest * 2 ** index);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contourLevels,
  descentPath,
  insideDomain,
  lossRises,
  stabilityLimit,
  SURFACE,
  SURFACE_DOMAIN,
  SURFACE_LEARNING_RATE,
  SURFACE_START,
  surfaceGradient,
  surfaceGrid,
  surfaceLoss,
} from '../../../src/core/figures/loss-surface';

const coordinate = fc.double({ min: -3, max: 3, noNaN: true });

describe('the loss surface of "O gradiente"', () => {
  it('is zero at its minimum and positive elsewhere', () => {
    expect(surfaceLoss(SURFACE.minimum)).toBe(0);
    fc.assert(
      fc.property(coordinate, coordinate, (w1, w2) => {
        fc.pre(Math.hypot(w1, w2) > 1e-3);
        expect(surfaceLoss({ w1, w2 })).toBeGreaterThan(0);
      }),
    );
  });

  it('has the gradient that central finite differences measure', () => {
    const h = 1e-5;
    fc.assert(
      fc.property(coordinate, coordinate, (w1, w2) => {
        const gradient = surfaceGradient({ w1, w2 });
        const dw1 = (surfaceLoss({ w1: w1 + h, w2 }) - surfaceLoss({ w1: w1 - h, w2 })) / (2 * h);
        const dw2 = (surfaceLoss({ w1, w2: w2 + h }) - surfaceLoss({ w1, w2: w2 - h })) / (2 * h);
        expect(gradient.w1).toBeCloseTo(dw1, 5);
        expect(gradient.w2).toBeCloseTo(dw2, 5);
      }),
    );
  });

  it('is elongated: steeper across the valley than along it', () => {
    const along = { w1: Math.cos(SURFACE.angle), w2: Math.sin(SURFACE.angle) };
    const across = { w1: -Math.sin(SURFACE.angle), w2: Math.cos(SURFACE.angle) };
    expect(surfaceLoss(along)).toBeCloseTo(0.5, 12);
    expect(surfaceLoss(across)).toBeCloseTo(4, 12);
    expect(stabilityLimit()).toBe(0.25);
  });
});

describe('gradient descent on it', () => {
  it('takes θ ← θ − η∇J(θ) at every step', () => {
    const path = descentPath(SURFACE_START, 0.1, 3);
    expect(path).toHaveLength(4);
    expect(path[0]).toMatchObject(SURFACE_START);
    for (let index = 1; index < path.length; index++) {
      const previous = path[index - 1]!;
      expect(path[index]!.w1).toBeCloseTo(previous.w1 - 0.1 * previous.gradient.w1, 12);
      expect(path[index]!.w2).toBeCloseTo(previous.w2 - 0.1 * previous.gradient.w2, 12);
      expect(path[index]!.loss).toBe(surfaceLoss(path[index]!));
    }
  });

  it('lowers the loss at every step with a small η and nears the minimum', () => {
    const path = descentPath(SURFACE_START, SURFACE_LEARNING_RATE.initial, 40);
    expect(lossRises(path, path.length - 1)).toBe(false);
    expect(path.at(-1)!.loss).toBeLessThan(0.01 * path[0]!.loss);
  });

  it('zig-zags across the valley yet still descends when 1/λ_max < η < 2/λ_max', () => {
    const path = descentPath(SURFACE_START, 0.2, 10);
    expect(lossRises(path, path.length - 1)).toBe(false);
    // the offset across the valley changes sign at every step
    const across = path.map(
      ({ w1, w2 }) => -Math.sin(SURFACE.angle) * w1 + Math.cos(SURFACE.angle) * w2,
    );
    for (let index = 1; index < across.length; index++) {
      expect(Math.sign(across[index]!)).toBe(-Math.sign(across[index - 1]!));
    }
  });

  it('makes the loss go up when η > 2/λ_max, and only then', () => {
    const large = descentPath(SURFACE_START, 0.28, 5);
    expect(large[1]!.loss).toBeGreaterThan(large[0]!.loss);
    expect(lossRises(large, 1)).toBe(true);
    expect(lossRises(large, 0)).toBe(false);
    expect(SURFACE_LEARNING_RATE.max).toBeGreaterThan(stabilityLimit());
    for (let eta = SURFACE_LEARNING_RATE.min; eta <= stabilityLimit(); eta += 0.01) {
      expect(lossRises(descentPath(SURFACE_START, eta, 40), 40)).toBe(false);
    }
  });

  it('stops following a path that runs off to infinity', () => {
    const path = descentPath(SURFACE_START, 5, 1000);
    expect(path.length).toBeLessThan(1000);
    for (const point of path) expect(Number.isFinite(point.loss)).toBe(true);
    expect(insideDomain(path.at(-1)!)).toBe(false);
    expect(insideDomain(SURFACE_START)).toBe(true);
  });
});

describe('the contour grid', () => {
  it('samples J at cell centres, w₁ fastest', () => {
    const size = 4;
    const grid = surfaceGrid(size);
    const cell = (SURFACE_DOMAIN.max - SURFACE_DOMAIN.min) / size;
    expect(grid).toHaveLength(16);
    expect(grid[1 + 2 * size]).toBe(
      surfaceLoss({
        w1: SURFACE_DOMAIN.min + 1.5 * cell,
        w2: SURFACE_DOMAIN.min + 2.5 * cell,
      }),
    );
  });

  it('spaces the levels by doubling', () => {
    expect(contourLevels(0.05, 4)).toEqual([0.05, 0.1, 0.2, 0.4]);
  });
});

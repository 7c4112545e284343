import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SURFACE_RATES,
  optimizerPath,
  racePaths,
  summarizePath,
} from '../../../../src/labs/optimizer-race/model/optimizer-paths';
import {
  distanceToMinimum,
  RACE_START,
  raceGradient,
  raceLoss,
} from '../../../../src/labs/optimizer-race/model/race-surface';
import { ConfigurationError } from '../../../../src/core/errors';
import { OPTIMIZERS } from '../../../../src/core/training/optimizers';

const start = { w1: -1.2, w2: 0.8 };
const g = raceGradient(start);
const eta = 0.03;

describe('the first step of each optimizer on the race surface, by hand', () => {
  it('SGD: θ₁ = θ₀ − η·g', () => {
    const [, first] = optimizerPath('sgd', start, eta, 1);
    expect(first!.w1).toBeCloseTo(start.w1 - eta * g.w1, 12);
    expect(first!.w2).toBeCloseTo(start.w2 - eta * g.w2, 12);
  });

  it('momentum: v₁ = μ·0 + g, so θ₁ = θ₀ − η·g; the second step adds μ·v₁', () => {
    const [, first, second] = optimizerPath('momentum', start, eta, 2);
    expect(first!.w1).toBeCloseTo(start.w1 - eta * g.w1, 12);
    const g1 = raceGradient(first!);
    const v2 = { w1: 0.9 * g.w1 + g1.w1, w2: 0.9 * g.w2 + g1.w2 };
    expect(second!.w1).toBeCloseTo(first!.w1 - eta * v2.w1, 12);
    expect(second!.w2).toBeCloseTo(first!.w2 - eta * v2.w2, 12);
  });

  it('RMSProp: s₁ = (1 − ρ)g², θ₁ = θ₀ − η·g/(√s₁ + ε)', () => {
    const [, first] = optimizerPath('rmsprop', start, eta, 1);
    const step = (gradient: number) => (eta * gradient) / (Math.sqrt(0.1 * gradient ** 2) + 1e-8);
    expect(first!.w1).toBeCloseTo(start.w1 - step(g.w1), 12);
    expect(first!.w2).toBeCloseTo(start.w2 - step(g.w2), 12);
  });

  it('Adam: after bias correction m̂ = g and ŝ = g², so θ₁ ≈ θ₀ − η·sign(g)', () => {
    const [, first] = optimizerPath('adam', start, eta, 1);
    const step = (gradient: number) => (eta * gradient) / (Math.abs(gradient) + 1e-8);
    expect(first!.w1).toBeCloseTo(start.w1 - step(g.w1), 10);
    expect(first!.w2).toBeCloseTo(start.w2 - step(g.w2), 10);
  });
});

describe('optimizer paths', () => {
  it('SGD with a tiny η moves along −∇J and lowers the loss by about η‖∇J‖²', () => {
    const tiny = 1e-6;
    const [, first] = optimizerPath('sgd', start, tiny, 1);
    const move = { w1: first!.w1 - start.w1, w2: first!.w2 - start.w2 };
    const norm = Math.hypot(g.w1, g.w2);
    const cosine = -(move.w1 * g.w1 + move.w2 * g.w2) / (Math.hypot(move.w1, move.w2) * norm);
    expect(cosine).toBeCloseTo(1, 9);
    const drop = raceLoss(start) - first!.loss;
    expect(drop / (tiny * norm * norm)).toBeCloseTo(1, 3);
  });

  it('starts every optimizer at the same point and records the loss of each point', () => {
    const paths = racePaths(RACE_START, DEFAULT_SURFACE_RATES, 50);
    for (const name of OPTIMIZERS) {
      expect(paths[name][0]).toEqual({ ...RACE_START, loss: raceLoss(RACE_START) });
      expect(paths[name]).toHaveLength(51);
      for (const point of paths[name]) expect(point.loss).toBe(raceLoss(point));
    }
    // the update rules differ, so the paths part after the first steps
    expect(paths.momentum[10]).not.toEqual(paths.sgd[10]);
    expect(paths.adam[10]).not.toEqual(paths.rmsprop[10]);
  });

  it('with the default rates every method ends closer to the minimum than it started', () => {
    const paths = racePaths(RACE_START, DEFAULT_SURFACE_RATES, 200);
    for (const name of OPTIMIZERS) {
      expect(distanceToMinimum(paths[name].at(-1)!)).toBeLessThan(distanceToMinimum(RACE_START));
    }
  });

  it('stops following a diverging path', () => {
    const path = optimizerPath('sgd', RACE_START, 5, 100);
    expect(path.length).toBeLessThan(101);
    for (const point of path) expect(Number.isFinite(point.loss)).toBe(true);
  });

  it('summarizes the point shown: steps, loss and distance to the minimum', () => {
    const path = optimizerPath('adam', RACE_START, 0.1, 20);
    expect(summarizePath(path, 5)).toEqual({
      steps: 5,
      loss: path[5]!.loss,
      distance: distanceToMinimum(path[5]!),
    });
    expect(summarizePath(path, 999).steps).toBe(20);
    expect(() => summarizePath([], 0)).toThrow(/a path has at least its start/);
  });

  it('rejects an invalid η, step count or start', () => {
    expect(() => optimizerPath('sgd', start, 0, 1)).toThrow(ConfigurationError);
    expect(() => optimizerPath('sgd', start, Number.NaN, 1)).toThrow(ConfigurationError);
    expect(() => optimizerPath('sgd', start, 0.1, -1)).toThrow(ConfigurationError);
    expect(() => optimizerPath('sgd', { w1: Infinity, w2: 0 }, 0.1, 1)).toThrow(ConfigurationError);
  });
});

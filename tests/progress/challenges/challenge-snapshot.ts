import type { ChallengeSnapshot } from '../../../src/progress/challenges/challenges';
import { freshRun } from '../../../src/progress/challenges/challenges-run';

/** A clean ReLU run on AND with error 0.2 at iteration 0, with `overrides`. */
export function snapshot(overrides: Partial<ChallengeSnapshot> = {}): ChallengeSnapshot {
  return {
    activation: 'relu',
    dataset: 'and',
    status: 'ok',
    learningRate: 1,
    iteration: 0,
    measure: { error: 0.2, predictions: [0.5, 0.5, 0.5, 0.5], targets: [0, 0, 0, 1] },
    recorded: { iterations: [], losses: [] },
    run: freshRun(0.2),
    ...overrides,
  };
}

/** Records J(θ_i) = losses[i] for i = 0, 1, …. */
export const history = (losses: number[]) => ({
  iterations: losses.map((_, i) => i),
  losses,
});

import { phasesPerIteration, revealedAt, type Revealed } from '../core/exercise/phases';
import type { AppState } from './store';

/** What the current phase has computed so far. */
export function selectRevealed(state: AppState): Revealed {
  return revealedAt(state.session.phase, state.session.spec.layers.length);
}

/** Epochs completed: one epoch is one pass over every example. */
export function selectEpoch(state: AppState): number {
  return Math.floor(state.session.iteration / state.session.examples.length);
}

/** ŷ of the current example (the first output). */
export function selectPrediction(state: AppState): number {
  return state.session.trace.prediction[0] ?? 0;
}

/** y of the current example. */
export function selectTarget(state: AppState): number {
  return state.session.examples[state.session.exampleIndex]?.target[0] ?? 0;
}

/** |ŷ − y| for the current example. */
export function selectAbsoluteError(state: AppState): number {
  return Math.abs(selectPrediction(state) - selectTarget(state));
}

/** J(θ_t) over all examples for the current iteration, once recorded; null before. */
export function selectIterationLoss(state: AppState): number | null {
  const { iterations, losses } = state.lossHistory;
  const at = iterations.length - 1;
  return iterations[at] === state.session.iteration ? (losses[at] ?? null) : null;
}

/** 1-based position of the current phase within its iteration (0 when ready). */
export function selectPhaseNumber(state: AppState): number {
  const phase = state.session.phase;
  const layers = state.session.spec.layers.length;
  switch (phase.kind) {
    case 'ready':
      return 0;
    case 'forward':
      return phase.layer + 1;
    case 'loss':
      return layers + 1;
    case 'backward':
      return layers + 1 + (layers - phase.layer);
    case 'update':
      return phasesPerIteration(layers);
  }
}

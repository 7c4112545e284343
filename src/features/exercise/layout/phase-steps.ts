import type { Phase } from '../../../core/exercise/phases';
import type { EquationId } from '../equations/equation-lines';

/** The six phases of one iteration of the 2–2–1 net, in the order the algorithm computes them. */
export const PHASE_STEPS = [
  'forwardHidden',
  'forwardOutput',
  'loss',
  'backwardOutput',
  'backwardHidden',
  'update',
] as const;
export type PhaseStep = (typeof PHASE_STEPS)[number];

/** The step `phase` is at (hidden = layer 0, output = the last layer); null before the first. */
export function phaseStepOf(phase: Phase, layerCount: number): PhaseStep | null {
  const last = layerCount - 1;
  switch (phase.kind) {
    case 'ready':
      return null;
    case 'forward':
      return phase.layer === last ? 'forwardOutput' : 'forwardHidden';
    case 'loss':
      return 'loss';
    case 'backward':
      return phase.layer === last ? 'backwardOutput' : 'backwardHidden';
    case 'update':
      return 'update';
  }
}

/** 0–5 for the six steps, −1 before the first. */
export function phaseStepIndex(phase: Phase, layerCount: number): number {
  const step = phaseStepOf(phase, layerCount);
  return step === null ? -1 : PHASE_STEPS.indexOf(step);
}

/**
 * The phase that computes an equation line: ∂L/∂z_o at the output's backward step, g′ and ∂L/∂zᵢ
 * at the hidden one, the chosen parameter's gradient where its layer's ∂L/∂z is known, the update last.
 */
export function equationStep(id: EquationId, hiddenParameter: boolean): PhaseStep {
  switch (id) {
    case 'outputDelta':
      return 'backwardOutput';
    case 'hiddenSlope':
    case 'hiddenDelta':
      return 'backwardHidden';
    case 'gradient':
      return hiddenParameter ? 'backwardHidden' : 'backwardOutput';
    case 'update':
      return 'update';
  }
}

import { revealedAt, type Revealed } from '../../../core/exercise/phases';
import type { ExerciseSession } from '../../../core/exercise/session';
import type { ActivationName } from '../../../core/types';
import {
  parameterGradient,
  parameterValue,
  type ParameterRef,
} from '../../../core/network/parameter-ref';

/** What the session's phase has computed so far. */
export function sessionRevealed(session: ExerciseSession): Revealed {
  return revealedAt(session.phase, session.spec.layers.length);
}

/** A ReLU unit with z ≤ 0 outputs 0 and has g′(z) = 0: no gradient flows through it. */
export function isDeadUnit(activation: ActivationName, z: number): boolean {
  return activation === 'relu' && z <= 0;
}

/** One neuron's numbers, each present only once the phase has computed it. */
export interface NeuronValues {
  z?: number;
  a?: number;
  dLossDz?: number;
  dLossDa?: number;
  /** A dead ReLU unit, known once its forward value is. */
  dead: boolean;
}

export function neuronValues(session: ExerciseSession, layer: number, row: number): NeuronValues {
  const revealed = sessionRevealed(session);
  const trace = session.trace.layers[layer];
  const activation = session.spec.layers[layer]?.activation;
  if (!trace || !activation || layer >= revealed.forwardLayers) return { dead: false };
  const z = trace.z[row];
  const forward = { z, a: trace.a[row], dead: z !== undefined && isDeadUnit(activation, z) };
  if (layer < revealed.backwardFrom) return forward;
  return { ...forward, dLossDz: trace.dLossDz[row], dLossDa: trace.dLossDa[row] };
}

/** Input `column` of layer `layer` (an xⱼ, or the previous layer's aⱼ) once it is known. */
export function layerInputValue(
  session: ExerciseSession,
  layer: number,
  column: number,
): number | undefined {
  if (layer === 0) return session.trace.input[column];
  return neuronValues(session, layer - 1, column).a;
}

/** One parameter's value, its gradient once backward has reached its layer, its new value at 'update'. */
export interface ParameterValues {
  value: number;
  gradient?: number;
  updated?: number;
}

export function parameterValues(
  session: ExerciseSession,
  ref: ParameterRef,
): ParameterValues | null {
  const value = parameterValue(session.parameters, ref);
  if (value === undefined) return null;
  const revealed = sessionRevealed(session);
  if (ref.layer < revealed.backwardFrom) return { value };
  const gradient = parameterGradient(session.trace, ref);
  const updated =
    revealed.updated && session.updatedParameters
      ? parameterValue(session.updatedParameters, ref)
      : undefined;
  return { value, gradient, updated };
}

/** The loss once computed, and the target. */
export function lossValues(session: ExerciseSession): { loss?: number; target: number[] } {
  const revealed = sessionRevealed(session);
  return { loss: revealed.loss ? session.trace.loss : undefined, target: session.trace.target };
}

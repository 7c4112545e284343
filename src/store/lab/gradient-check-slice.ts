import type { StateCreator } from 'zustand';
import { STEP_EXPONENT } from '../../core/lab/gradient-check';
import {
  checkNetworkGradient,
  networkParameters,
  type NetworkGradientCheck,
  type ParameterPosition,
} from '../../core/lab/gradient-check-network';
import type { AppState } from '../store';
import { LESSON_NETWORK, selectLabNetwork, type LabNetwork } from './graph-slice';

export interface GradientCheckSlice {
  /** The parameter θ whose ∂ℓ/∂θ is checked (w11 at first). */
  gradientCheckParameter: ParameterPosition;
  /** log₁₀ h, on the slider's grid from −12 to 0. */
  gradientCheckExponent: number;
  gradientCheckSelect: (position: ParameterPosition) => void;
  gradientCheckSetExponent: (exponent: number) => void;
}

/** The exponent clamped to the slider's range and snapped to its step; NaN stays out. */
export function clampStepExponent(exponent: number): number | null {
  if (!Number.isFinite(exponent)) return null;
  const { minimum, maximum, step } = STEP_EXPONENT;
  const snapped = Math.round(exponent / step) * step;
  return Math.min(maximum, Math.max(minimum, snapped));
}

const samePosition = (a: ParameterPosition, b: ParameterPosition): boolean =>
  a.layer === b.layer && a.kind === b.kind && a.row === b.row && a.column === b.column;

let cached: {
  network: LabNetwork;
  parameter: ParameterPosition;
  exponent: number;
  check: NetworkGradientCheck;
} | null = null;

function check(network: LabNetwork, parameter: ParameterPosition, exponent: number) {
  const { spec, parameters, example } = network;
  const known = networkParameters(spec).some(({ position }) => samePosition(position, parameter));
  const position = known ? parameter : networkParameters(spec)[0].position;
  try {
    return checkNetworkGradient(spec, parameters, example, position, 10 ** exponent);
  } catch {
    const lesson = LESSON_NETWORK; // a network the check cannot take: check the lesson's start
    return checkNetworkGradient(
      lesson.spec,
      lesson.parameters,
      lesson.example,
      position,
      10 ** exponent,
    );
  }
}

/** The check for the chosen parameter and h on the exercise's network (memoised on its inputs). */
export function selectGradientCheck(state: AppState): NetworkGradientCheck {
  const network = selectLabNetwork(state);
  const parameter = state.gradientCheckParameter;
  const exponent = state.gradientCheckExponent;
  if (
    !cached ||
    cached.network !== network ||
    cached.parameter !== parameter ||
    cached.exponent !== exponent
  ) {
    cached = { network, parameter, exponent, check: check(network, parameter, exponent) };
  }
  return cached.check;
}

export const createGradientCheckSlice: StateCreator<AppState, [], [], GradientCheckSlice> = (
  set,
  get,
) => ({
  gradientCheckParameter: { layer: 0, kind: 'weight', row: 0, column: 0 },
  gradientCheckExponent: STEP_EXPONENT.initial,
  gradientCheckSelect: (position) => {
    const { spec } = selectLabNetwork(get());
    const known = networkParameters(spec).find((entry) => samePosition(entry.position, position));
    if (known) set({ gradientCheckParameter: known.position });
  },
  gradientCheckSetExponent: (exponent) => {
    const clamped = clampStepExponent(exponent);
    if (clamped !== null) set({ gradientCheckExponent: clamped });
  },
});

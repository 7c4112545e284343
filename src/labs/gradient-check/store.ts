import { create } from 'zustand';
import type { NetworkSpec } from '../../core/types';
import { LESSON_NETWORK, type LabNetwork } from '../../features/exercise';
import { STEP_EXPONENT } from './model/gradient-check';
import {
  checkNetworkGradient,
  networkParameters,
  type NetworkGradientCheck,
} from './model/gradient-check-network';
import { sameRef, type ParameterRef } from '../../core/network/parameter-ref';

/** What the learner chose to check; the network checked is the exercise's (see checkOf). */
export interface GradientCheckState {
  /** The parameter θ whose ∂ℓ/∂θ is checked (w₁₁ at first). */
  parameter: ParameterRef;
  /** log₁₀ h, on the slider's grid from −12 to 0. */
  exponent: number;
  /** Chooses a parameter of the network `spec` describes; ignores one it does not have. */
  select: (position: ParameterRef, spec: NetworkSpec) => void;
  setExponent: (exponent: number) => void;
}

/** The exponent clamped to the slider's range and snapped to its step; NaN stays out. */
export function clampStepExponent(exponent: number): number | null {
  if (!Number.isFinite(exponent)) return null;
  const { minimum, maximum, step } = STEP_EXPONENT;
  const snapped = Math.round(exponent / step) * step;
  return Math.min(maximum, Math.max(minimum, snapped));
}

let cached: {
  network: LabNetwork;
  parameter: ParameterRef;
  exponent: number;
  check: NetworkGradientCheck;
} | null = null;

function check(network: LabNetwork, parameter: ParameterRef, exponent: number) {
  const { spec, parameters, example } = network;
  const known = networkParameters(spec).some(({ position }) => sameRef(position, parameter));
  // an unknown parameter becomes the network's first; a network with none keeps it, fails the
  // check and falls back to the lesson below
  const position = known ? parameter : (networkParameters(spec)[0]?.position ?? parameter);
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

/** The check of `parameter` with h = 10^exponent on `network` (memoised on its inputs). */
export function checkOf(
  network: LabNetwork,
  { parameter, exponent }: Pick<GradientCheckState, 'parameter' | 'exponent'>,
): NetworkGradientCheck {
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

export const useGradientCheckStore = create<GradientCheckState>()((set) => ({
  parameter: { layer: 0, kind: 'weight', row: 0, column: 0 },
  exponent: STEP_EXPONENT.initial,
  select: (position, spec) => {
    const known = networkParameters(spec).find((entry) => sameRef(entry.position, position));
    if (known) set({ parameter: known.position });
  },
  setExponent: (exponent) => {
    const clamped = clampStepExponent(exponent);
    if (clamped !== null) set({ exponent: clamped });
  },
}));

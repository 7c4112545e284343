import { LEAKY_SLOPE, sigmoid } from '../scalar';
import type { ActivationName } from '../types';

/** One element-wise activation g: the graph's ops and the tape's kernels both run these functions. */
export interface ActivationFunction {
  /** a = g(z). */
  forward(z: number): number;
  /** g′(z), from z and the stored output a = g(z). */
  derivative(z: number, a: number): number;
  /** The tape's entry code (1–4); −1 for linear, which gets no entry since its a is its z. */
  code: number;
}

/** σ′(z) = σ(z)(1 − σ(z)) = a(1 − a), from the stored output a alone. */
export function sigmoidDerivative(a: number): number {
  return a * (1 - a);
}

/** tanh z = (e^z − e^−z)/(e^z + e^−z). */
export function tanh(z: number): number {
  return Math.tanh(z);
}

/** tanh′(z) = 1 − tanh²z = 1 − a², from the stored output a alone. */
export function tanhDerivative(a: number): number {
  return 1 - a * a;
}

/** ReLU(z) = max(z, 0). */
export function relu(z: number): number {
  return Math.max(z, 0);
}

/** ReLU′(z) = 1 for z > 0 and 0 for z ≤ 0 (the kink takes the left slope). */
export function reluDerivative(z: number): number {
  return z > 0 ? 1 : 0;
}

/** Leaky ReLU(z) = z for z > 0, LEAKY_SLOPE·z otherwise. */
export function leakyRelu(z: number): number {
  return z > 0 ? z : LEAKY_SLOPE * z;
}

/** Leaky ReLU′(z) = 1 for z > 0 and LEAKY_SLOPE for z ≤ 0. */
export function leakyReluDerivative(z: number): number {
  return z > 0 ? 1 : LEAKY_SLOPE;
}

/** linear(z) = z. */
export function linear(z: number): number {
  return z;
}

/** linear′(z) = 1. */
export function linearDerivative(): number {
  return 1;
}

/**
 * Every activation a layer can use, each with its derivative: the one copy of these formulas.
 * σ′ and tanh′ need only a, so the tape's loops never load z for them.
 */
export const ACTIVATION_FUNCTIONS: Readonly<Record<ActivationName, ActivationFunction>> = {
  sigmoid: { forward: sigmoid, derivative: (_z, a) => sigmoidDerivative(a), code: 1 },
  tanh: { forward: tanh, derivative: (_z, a) => tanhDerivative(a), code: 2 },
  relu: { forward: relu, derivative: reluDerivative, code: 3 },
  leakyRelu: { forward: leakyRelu, derivative: leakyReluDerivative, code: 4 },
  linear: { forward: linear, derivative: linearDerivative, code: -1 },
};

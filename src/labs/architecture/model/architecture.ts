import { ConfigurationError } from '../../../core/errors';
import { ACTIVATIONS } from '../../../core/types';
import type { ActivationName, NetworkSpec } from '../../../core/types';
import { FEATURES } from './features';
import type { FeatureName } from './features';

/** Hidden layers a learner may stack: 0 (logistic regression on the features) to the core's 6. */
export const MIN_DEPTH = 0;
export const MAX_DEPTH = 6;
/** Neurons per hidden layer. */
export const MIN_WIDTH = 1;
export const MAX_WIDTH = 8;

/** The shape of the lab's network: its input features, then one width per hidden layer. */
export interface ArchitectureConfig {
  /** The features φ(x₁, x₂) fed to the network, in FEATURES order; inputSize = features.length. */
  features: readonly FeatureName[];
  /** widths[l] neurons in hidden layer l; the depth is widths.length. */
  widths: readonly number[];
  /** The activation g of hidden layer l is activations[l]; entries past the depth are ignored. */
  activations: readonly ActivationName[];
}

function requireIntegerBetween(field: string, value: number, low: number, high: number): void {
  if (!Number.isInteger(value) || value < low || value > high) {
    throw new ConfigurationError(field, `must be an integer from ${low} to ${high}, got ${value}`);
  }
}

/**
 * The network k → widths[0] → … → 1 sigmoid, with k the number of features, trained with binary
 * cross-entropy ℓ = −[y log ŷ + (1 − y) log(1 − ŷ)], so ŷ = σ(z) reads as P(class 1 | x).
 * Throws ConfigurationError for features, a depth, a width or an activation out of range.
 */
export function buildArchitectureSpec(config: ArchitectureConfig): NetworkSpec {
  const { features, widths, activations } = config;
  if (!Array.isArray(features) || features.length === 0) {
    throw new ConfigurationError('features', 'needs at least one input feature');
  }
  features.forEach((feature, index) => {
    if (!FEATURES.includes(feature) || features.indexOf(feature) !== index) {
      throw new ConfigurationError(
        `features[${index}]`,
        `unknown or repeated '${String(feature)}'`,
      );
    }
  });
  if (!Array.isArray(widths)) throw new ConfigurationError('widths', 'needs a list of widths');
  requireIntegerBetween('depth', widths.length, MIN_DEPTH, MAX_DEPTH);
  widths.forEach((width, index) =>
    requireIntegerBetween(`widths[${index}]`, width, MIN_WIDTH, MAX_WIDTH),
  );
  if (!Array.isArray(activations) || activations.length < widths.length) {
    throw new ConfigurationError('activations', `needs one activation per hidden layer`);
  }
  const hidden = widths.map((size, index) => {
    const activation = activations[index]!; // index < widths.length ≤ activations.length
    if (!ACTIVATIONS.includes(activation)) {
      throw new ConfigurationError(
        `activations[${index}]`,
        `unknown activation '${String(activation)}'`,
      );
    }
    return { size, activation };
  });
  return {
    inputSize: features.length,
    layers: [...hidden, { size: 1, activation: 'sigmoid' }],
    loss: 'binaryCrossEntropy',
  };
}

/** Widths after adding a hidden layer at the end (as wide as the last one, or 4); unchanged at MAX_DEPTH. */
export function addLayer(widths: readonly number[]): readonly number[] {
  if (widths.length >= MAX_DEPTH) return widths;
  return [...widths, widths.at(-1) ?? 4];
}

/** Widths after removing the last hidden layer; unchanged at MIN_DEPTH. */
export function removeLayer(widths: readonly number[]): readonly number[] {
  return widths.length <= MIN_DEPTH ? widths : widths.slice(0, -1);
}

/** Widths with hidden layer `layer` one neuron wider (at most MAX_WIDTH); unchanged otherwise. */
export function addNeuron(widths: readonly number[], layer: number): readonly number[] {
  const width = widths[layer];
  if (width === undefined || width >= MAX_WIDTH) return widths;
  return widths.map((value, index) => (index === layer ? value + 1 : value));
}

/** Widths with hidden layer `layer` one neuron narrower (at least MIN_WIDTH); unchanged otherwise. */
export function removeNeuron(widths: readonly number[], layer: number): readonly number[] {
  const width = widths[layer];
  if (width === undefined || width <= MIN_WIDTH) return widths;
  return widths.map((value, index) => (index === layer ? value - 1 : value));
}

/** A number brought into [low, high] (rounded first when `integer`), and whether it had to move. */
export interface ClampResult {
  value: number;
  clamped: boolean;
}

/** Clamps a typed value into its range; a non-finite value becomes `low`. */
export function clampToRange(
  value: number,
  low: number,
  high: number,
  integer = false,
): ClampResult {
  if (!Number.isFinite(value)) return { value: low, clamped: true };
  const rounded = integer ? Math.round(value) : value;
  const inside = Math.min(high, Math.max(low, rounded));
  return { value: inside, clamped: inside !== value };
}

/** The numeric settings a learner types, with their ranges. */
export const ARCHITECTURE_FIELD_LIMITS = {
  /** createDataset accepts noise in [0, 1]. */
  noise: { low: 0, high: 1, integer: false },
  /** At least one training point stays: createDataset needs testFraction < 1. */
  testFraction: { low: 0, high: 0.9, integer: false },
  /** A batch at least as large as the training set is the full batch. */
  batchSize: { low: 1, high: 200, integer: true },
  seed: { low: 0, high: 2_147_483_646, integer: true },
  learningRate: { low: 0.0001, high: 10, integer: false },
} as const;

export type ArchitectureField = keyof typeof ARCHITECTURE_FIELD_LIMITS;

/** The next seed of the Lehmer generator x ← 48271·x mod (2³¹ − 1): a "new seed" that tests can predict. */
export function nextSeed(seed: number): number {
  const next = (Math.max(1, Math.floor(Math.abs(seed))) * 48271) % 2_147_483_647;
  return next === 0 ? 1 : next;
}

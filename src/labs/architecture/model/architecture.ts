import { ConfigurationError } from '../../../core/errors';
import { ACTIVATIONS } from '../../../core/types';
import type { ActivationName, NetworkSpec } from '../../../core/types';

/** Hidden layers a learner may stack (the core allows 6 hidden + the output layer). */
export const MIN_DEPTH = 1;
export const MAX_DEPTH = 6;
/** Neurons per hidden layer. */
export const MIN_WIDTH = 1;
export const MAX_WIDTH = 8;

/** The shape of the lab's network: depth hidden layers of width neurons, each with its activation. */
export interface ArchitectureConfig {
  depth: number;
  width: number;
  /** The activation g of hidden layer l is activations[l]; entries past `depth` are ignored. */
  activations: readonly ActivationName[];
}

function requireIntegerBetween(field: string, value: number, low: number, high: number): void {
  if (!Number.isInteger(value) || value < low || value > high) {
    throw new ConfigurationError(field, `must be an integer from ${low} to ${high}, got ${value}`);
  }
}

/**
 * The network 2 → (width × depth, activations[l]) → 1 sigmoid, trained with binary cross-entropy
 * ℓ = −[y log ŷ + (1 − y) log(1 − ŷ)], so ŷ = σ(z) reads as P(class 1 | x).
 * Throws ConfigurationError for a depth, width or activation out of range.
 */
export function buildArchitectureSpec(config: ArchitectureConfig): NetworkSpec {
  requireIntegerBetween('depth', config.depth, MIN_DEPTH, MAX_DEPTH);
  requireIntegerBetween('width', config.width, MIN_WIDTH, MAX_WIDTH);
  if (!Array.isArray(config.activations) || config.activations.length < config.depth) {
    throw new ConfigurationError('activations', `needs one activation per hidden layer`);
  }
  const hidden = config.activations.slice(0, config.depth).map((activation, index) => {
    if (!ACTIVATIONS.includes(activation)) {
      throw new ConfigurationError(
        `activations[${index}]`,
        `unknown activation '${String(activation)}'`,
      );
    }
    return { size: config.width, activation };
  });
  return {
    inputSize: 2,
    layers: [...hidden, { size: 1, activation: 'sigmoid' }],
    loss: 'binaryCrossEntropy',
  };
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
  depth: { low: MIN_DEPTH, high: MAX_DEPTH, integer: true },
  width: { low: MIN_WIDTH, high: MAX_WIDTH, integer: true },
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

import { ConfigurationError } from '../errors';
import { validateSpec } from '../network/validate';
import { createRng, normal, uniform } from '../rng';
import type { Rng } from '../rng';
import type { NetworkParameters, NetworkSpec } from '../types';

/** Seed of the app's default initial weights. */
export const DEFAULT_SEED = 42;

export const INITIALIZATION_SCHEMES = ['uniform', 'xavier', 'he', 'zero'] as const;
export type InitializationScheme = (typeof INITIALIZATION_SCHEMES)[number];

export interface InitializationOptions {
  scheme: InitializationScheme;
  seed: number;
  /** Half-width of the 'uniform' scheme: weights and biases in [−range, range]; default 1. */
  range?: number;
}

/**
 * Fresh parameters, drawn layer by layer, weights row-major then biases.
 * - uniform: weights and biases uniform in [−range, range];
 * - xavier: weights uniform in [−√(6/(fanIn+fanOut)), +√(6/(fanIn+fanOut))], biases 0;
 * - he: weights normal with standard deviation √(2/fanIn), biases 0;
 * - zero: everything 0 (hidden units then stay identical: symmetry is never broken).
 */
export function initializeParameters(
  spec: NetworkSpec,
  options: InitializationOptions,
): NetworkParameters {
  validateSpec(spec);
  const { scheme, seed, range = 1 } = options;
  if (!INITIALIZATION_SCHEMES.includes(scheme)) {
    throw new ConfigurationError('scheme', `unknown initialization scheme '${String(scheme)}'`);
  }
  if (!Number.isFinite(seed)) throw new ConfigurationError('seed', 'must be a finite number');
  if (!Number.isFinite(range) || range < 0) {
    throw new ConfigurationError('range', 'must be a finite number ≥ 0');
  }
  const rng = createRng(seed);
  const parameters: NetworkParameters = [];
  let fanIn = spec.inputSize;
  for (const layer of spec.layers) {
    const fanOut = layer.size;
    const drawWeight = weightSampler(scheme, rng, fanIn, fanOut, range);
    const weights = Array.from({ length: fanOut }, () => Array.from({ length: fanIn }, drawWeight));
    const biases = Array.from({ length: fanOut }, () =>
      scheme === 'uniform' ? uniform(rng, -range, range) : 0,
    );
    parameters.push({ weights, biases });
    fanIn = fanOut;
  }
  return parameters;
}

/** One weight draw for the scheme, given the layer's fan-in and fan-out. */
function weightSampler(
  scheme: InitializationScheme,
  rng: Rng,
  fanIn: number,
  fanOut: number,
  range: number,
): () => number {
  switch (scheme) {
    case 'uniform':
      return () => uniform(rng, -range, range);
    case 'xavier': {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      return () => uniform(rng, -limit, limit);
    }
    case 'he': {
      const deviation = Math.sqrt(2 / fanIn);
      return () => normal(rng) * deviation;
    }
    case 'zero':
      return () => 0;
  }
}

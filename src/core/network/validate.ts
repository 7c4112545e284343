import { ConfigurationError } from '../errors';
import { ACTIVATIONS, LOSSES } from '../types';
import type { Example, NetworkParameters, NetworkSpec } from '../types';

/** Largest input vector a network accepts. */
export const MAX_INPUT_SIZE = 64;
/** Largest number of neurons in one layer. */
export const MAX_LAYER_SIZE = 16;
/** Largest number of layers: 6 hidden plus the output layer. */
export const MAX_LAYERS = 7;

function requireIntegerBetween(field: string, value: number, low: number, high: number): void {
  if (!Number.isInteger(value) || value < low || value > high) {
    throw new ConfigurationError(field, `must be an integer from ${low} to ${high}, got ${value}`);
  }
}

function requireFiniteVector(field: string, vector: readonly number[], length: number): void {
  if (!Array.isArray(vector) || vector.length !== length) {
    const actual = Array.isArray(vector) ? vector.length : 'none';
    throw new ConfigurationError(field, `must have ${length} numbers, got ${actual}`);
  }
  if (!vector.every(Number.isFinite)) {
    throw new ConfigurationError(field, 'every number must be finite');
  }
}

/**
 * Checks sizes, activations and the loss against the limits (inputSize 1–64, 1–16 neurons per
 * layer, at most 7 layers) and the output layer each loss needs. Throws ConfigurationError.
 */
export function validateSpec(spec: NetworkSpec): void {
  requireIntegerBetween('inputSize', spec.inputSize, 1, MAX_INPUT_SIZE);
  const output = Array.isArray(spec.layers) ? spec.layers.at(-1) : undefined;
  if (output === undefined) {
    throw new ConfigurationError('layers', 'a network needs at least one layer');
  }
  if (spec.layers.length > MAX_LAYERS) {
    throw new ConfigurationError('layers', `at most ${MAX_LAYERS} layers (6 hidden + output)`);
  }
  spec.layers.forEach((layer, index) => {
    requireIntegerBetween(`layers[${index}].size`, layer.size, 1, MAX_LAYER_SIZE);
    if (!ACTIVATIONS.includes(layer.activation)) {
      throw new ConfigurationError(
        `layers[${index}].activation`,
        `unknown activation '${layer.activation}'`,
      );
    }
  });
  if (!LOSSES.includes(spec.loss)) {
    throw new ConfigurationError('loss', `unknown loss '${spec.loss}'`);
  }
  if (
    spec.loss === 'binaryCrossEntropy' &&
    (output.size !== 1 || output.activation !== 'sigmoid')
  ) {
    throw new ConfigurationError(
      'loss',
      'binaryCrossEntropy needs a 1-neuron sigmoid output layer',
    );
  }
  if (spec.loss === 'softmaxCrossEntropy' && (output.size < 2 || output.activation !== 'linear')) {
    throw new ConfigurationError(
      'loss',
      'softmaxCrossEntropy needs a linear output layer with at least 2 neurons',
    );
  }
}

/**
 * Checks that parameters[l].weights is size × fan-in and parameters[l].biases has `size` entries,
 * all finite, for a spec already validated. Throws ConfigurationError.
 */
export function validateParameters(spec: NetworkSpec, parameters: NetworkParameters): void {
  if (!Array.isArray(parameters) || parameters.length !== spec.layers.length) {
    const actual = Array.isArray(parameters) ? parameters.length : 'none';
    throw new ConfigurationError(
      'parameters',
      `expected ${spec.layers.length} layers, got ${actual}`,
    );
  }
  let fanIn = spec.inputSize;
  spec.layers.forEach((layer, index) => {
    // parameters.length === spec.layers.length (checked above)
    const { weights, biases } = parameters[index]!;
    const field = `parameters[${index}].weights`;
    const shapeOk =
      Array.isArray(weights) &&
      weights.length === layer.size &&
      weights.every((row) => Array.isArray(row) && row.length === fanIn);
    if (!shapeOk) {
      throw new ConfigurationError(field, `must be ${layer.size} rows of ${fanIn} numbers`);
    }
    if (!weights.every((row) => row.every(Number.isFinite))) {
      throw new ConfigurationError(field, 'every weight must be finite');
    }
    requireFiniteVector(`parameters[${index}].biases`, biases, layer.size);
    fanIn = layer.size;
  });
}

/** Checks that input has inputSize finite numbers and target one per output neuron. */
export function validateExample(spec: NetworkSpec, example: Example): void {
  requireFiniteVector('input', example.input, spec.inputSize);
  const output = spec.layers.at(-1);
  if (output === undefined) {
    throw new ConfigurationError('layers', 'a network needs at least one layer');
  }
  requireFiniteVector('target', example.target, output.size);
}

import { ConfigurationError } from '../errors';
import type { NetworkParameters, NetworkSpec } from '../types';

/** Number of trainable numbers: Σ over layers of size·(inputs + 1) (weights plus biases). */
export function parameterCount(spec: NetworkSpec): number {
  let count = 0;
  let inputSize = spec.inputSize;
  for (const layer of spec.layers) {
    count += layer.size * (inputSize + 1);
    inputSize = layer.size;
  }
  return count;
}

/**
 * Packs parameters into one array: for each layer, its weights row-major [out][in], then its biases.
 * Throws ConfigurationError('parameters') when a layer's shape does not match the spec.
 */
export function flattenParameters(spec: NetworkSpec, parameters: NetworkParameters): Float64Array {
  const flat = new Float64Array(parameterCount(spec));
  if (parameters.length !== spec.layers.length) {
    throw new ConfigurationError(
      'parameters',
      `expected ${spec.layers.length} layers, got ${parameters.length}`,
    );
  }
  let offset = 0;
  let inputSize = spec.inputSize;
  spec.layers.forEach((layer, layerIndex) => {
    // parameters.length === spec.layers.length (checked above)
    const { weights, biases } = parameters[layerIndex]!;
    if (weights.length !== layer.size || biases.length !== layer.size) {
      throw new ConfigurationError(
        'parameters',
        `layer ${layerIndex} must have ${layer.size} neurons`,
      );
    }
    for (const row of weights) {
      if (row.length !== inputSize) {
        throw new ConfigurationError(
          'parameters',
          `layer ${layerIndex} rows must have ${inputSize} weights`,
        );
      }
      flat.set(row, offset);
      offset += inputSize;
    }
    flat.set(biases, offset);
    offset += layer.size;
    inputSize = layer.size;
  });
  return flat;
}

/** Inverse of flattenParameters: plain nested arrays read from the flat layout. */
export function unflattenParameters(spec: NetworkSpec, flat: ArrayLike<number>): NetworkParameters {
  const expected = parameterCount(spec);
  if (flat.length !== expected) {
    throw new ConfigurationError('parameters', `expected ${expected} numbers, got ${flat.length}`);
  }
  // flat.length === parameterCount(spec) (checked above), so every flat[offset + …] below exists
  const result: NetworkParameters = [];
  let offset = 0;
  let inputSize = spec.inputSize;
  for (const layer of spec.layers) {
    const weights: number[][] = [];
    for (let neuron = 0; neuron < layer.size; neuron++) {
      weights.push(Array.from({ length: inputSize }, (_, input) => flat[offset + input]!));
      offset += inputSize;
    }
    const biases = Array.from({ length: layer.size }, (_, neuron) => flat[offset + neuron]!);
    offset += layer.size;
    result.push({ weights, biases });
    inputSize = layer.size;
  }
  return result;
}

/** A deep copy that shares no arrays with the original. */
export function cloneParameters(parameters: NetworkParameters): NetworkParameters {
  return parameters.map(({ weights, biases }) => ({
    weights: weights.map((row) => row.slice()),
    biases: biases.slice(),
  }));
}

import type { NetworkTrace } from './trace';
import type { NetworkParameters, NetworkSpec } from '../types';

/**
 * Names one parameter of any network: a weight (row = neuron, column = input) or a bias (row =
 * neuron, column 0) of a layer, all 0-based. The exercise, the diagram, the equations, the
 * computational graph and the gradient check all name a parameter this way; notation.ts writes it.
 */
export interface ParameterRef {
  layer: number;
  kind: 'weight' | 'bias';
  row: number;
  column: number;
}

/** Every parameter of the network, layer by layer, weights before biases. */
export function allParameterRefs(spec: NetworkSpec): ParameterRef[] {
  const refs: ParameterRef[] = [];
  let inputs = spec.inputSize;
  spec.layers.forEach((layer, index) => {
    for (let row = 0; row < layer.size; row++) {
      for (let column = 0; column < inputs; column++) {
        refs.push({ layer: index, kind: 'weight', row, column });
      }
    }
    for (let row = 0; row < layer.size; row++)
      refs.push({ layer: index, kind: 'bias', row, column: 0 });
    inputs = layer.size;
  });
  return refs;
}

/** True when both name the same parameter (a bias's column is ignored). */
export function sameRef(a: ParameterRef, b: ParameterRef): boolean {
  return (
    a.layer === b.layer &&
    a.kind === b.kind &&
    a.row === b.row &&
    (a.kind === 'bias' || a.column === b.column)
  );
}

/** A stable string key for the parameter, e.g. "w-0-1-0" or "b-1-0". */
export function refKey(ref: ParameterRef): string {
  return ref.kind === 'weight'
    ? `w-${ref.layer}-${ref.row}-${ref.column}`
    : `b-${ref.layer}-${ref.row}`;
}

/** The parameter's value, or undefined when the ref does not exist in these parameters. */
export function parameterValue(
  parameters: NetworkParameters,
  ref: ParameterRef,
): number | undefined {
  const layer = parameters[ref.layer];
  return ref.kind === 'weight' ? layer?.weights[ref.row]?.[ref.column] : layer?.biases[ref.row];
}

/** ∂ℓ/∂θ for the parameter, read from the trace. */
export function parameterGradient(trace: NetworkTrace, ref: ParameterRef): number | undefined {
  const layer = trace.layers[ref.layer];
  return ref.kind === 'weight'
    ? layer?.dLossDWeights[ref.row]?.[ref.column]
    : layer?.dLossDBiases[ref.row];
}

/** New parameters with one value replaced; null when the ref is out of range or the value not finite. */
export function setParameterValue(
  parameters: NetworkParameters,
  ref: ParameterRef,
  value: number,
): NetworkParameters | null {
  if (!Number.isFinite(value) || parameterValue(parameters, ref) === undefined) return null;
  return parameters.map((layer, index) => {
    if (index !== ref.layer) return layer;
    if (ref.kind === 'bias') {
      return {
        ...layer,
        biases: layer.biases.map((bias, row) => (row === ref.row ? value : bias)),
      };
    }
    return {
      ...layer,
      weights: layer.weights.map((weights, row) =>
        row === ref.row
          ? weights.map((weight, column) => (column === ref.column ? value : weight))
          : weights,
      ),
    };
  });
}

/**
 * Where the parameter sits in flattenParameters' layout (per layer, weights row by row, then
 * biases); undefined when the network has no such parameter.
 */
export function flatParameterIndex(spec: NetworkSpec, ref: ParameterRef): number | undefined {
  let offset = 0;
  let inputs = spec.inputSize;
  for (const [layer, { size }] of spec.layers.entries()) {
    if (layer === ref.layer) {
      if (ref.row < 0 || ref.row >= size) return undefined;
      if (ref.kind === 'bias') return offset + size * inputs + ref.row;
      if (ref.column < 0 || ref.column >= inputs) return undefined;
      return offset + ref.row * inputs + ref.column;
    }
    offset += size * (inputs + 1);
    inputs = size;
  }
  return undefined;
}

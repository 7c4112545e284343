import type { NetworkTrace } from '../core/network/trace';
import type { NetworkParameters, NetworkSpec } from '../core/types';

/** Names one parameter: a weight (row = neuron, column = input) or a bias (row = neuron) of a layer. */
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

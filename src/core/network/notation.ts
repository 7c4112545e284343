import type { NetworkSpec } from '../types';
import type { ParameterRef } from './parameter-ref';

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

const convert = (value: number, digits: string): string =>
  String(value).replace(/\d/g, (digit) => digits[Number(digit)] ?? digit);

/** 1-based indices as Unicode subscripts: (1, 2) → "₁₂"; indices ≥ 10 are separated by commas. */
export function subscript(...indices: number[]): string {
  const separator = indices.some((index) => index >= 10) ? ',' : '';
  return indices.map((index) => convert(index, SUBSCRIPT_DIGITS)).join(separator);
}

/** A layer number as a Unicode superscript in parentheses: 2 → "⁽²⁾". */
export function superscript(layerNumber: number): string {
  return `⁽${convert(layerNumber, SUPERSCRIPT_DIGITS)}⁾`;
}

/**
 * True for the lesson's shape: one hidden layer and a single output (the 2–2–1 net and its
 * cousins), named as the course does: wᵢⱼ, bᵢ, zᵢ, aᵢ in the hidden layer; vᵢ, c, z_o, ŷ at the output.
 */
export function isLessonShape(spec: NetworkSpec): boolean {
  const [hidden, output] = spec.layers;
  return (
    spec.layers.length === 2 &&
    output?.size === 1 &&
    spec.inputSize < 10 &&
    (hidden?.size ?? 10) < 10
  );
}

/** The name of input j (0-based): x₁, x₂, … */
export function inputName(index: number): string {
  return `x${subscript(index + 1)}`;
}

/** Names of neuron `row` (0-based) of layer `layer`: its pre-activation z and its activation a. */
export interface NeuronNames {
  z: string;
  a: string;
}

export function neuronNames(spec: NetworkSpec, layer: number, row: number): NeuronNames {
  const isOutput = layer === spec.layers.length - 1;
  const outputSize = spec.layers[spec.layers.length - 1]?.size ?? 1;
  if (isLessonShape(spec)) {
    return isOutput
      ? { z: 'z_o', a: 'ŷ' }
      : { z: `z${subscript(row + 1)}`, a: `a${subscript(row + 1)}` };
  }
  const tag = `${superscript(layer + 1)}${subscript(row + 1)}`;
  if (!isOutput) return { z: `z${tag}`, a: `a${tag}` };
  return { z: `z${tag}`, a: outputSize === 1 ? 'ŷ' : `ŷ${subscript(row + 1)}` };
}

/** The name of input `column` of layer `layer`: xⱼ for the first layer, the previous layer's aⱼ after. */
export function layerInputName(spec: NetworkSpec, layer: number, column: number): string {
  return layer === 0 ? inputName(column) : neuronNames(spec, layer - 1, column).a;
}

/**
 * The parameter's name as the lesson writes it. Lesson shape: wᵢⱼ = weights[0][i−1][j−1],
 * vᵢ = weights[1][0][i−1], bᵢ, c. Any other shape: w⁽ˡ⁾ᵢⱼ and b⁽ˡ⁾ᵢ with l counted from 1.
 */
export function parameterName(spec: NetworkSpec, ref: ParameterRef): string {
  const row = ref.row + 1;
  const column = ref.column + 1;
  if (isLessonShape(spec)) {
    if (ref.layer === 0)
      return ref.kind === 'weight' ? `w${subscript(row, column)}` : `b${subscript(row)}`;
    return ref.kind === 'weight' ? `v${subscript(column)}` : 'c';
  }
  const layer = superscript(ref.layer + 1);
  return ref.kind === 'weight'
    ? `w${layer}${subscript(row, column)}`
    : `b${layer}${subscript(row)}`;
}

/** "2–2–1": the layer sizes joined by en dashes. */
export function networkShape(spec: NetworkSpec): string {
  return [spec.inputSize, ...spec.layers.map((layer) => layer.size)].join('–');
}

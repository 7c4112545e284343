import { ACTIVATION_FUNCTIONS } from '../functions/activations';
import { LOSS_FUNCTIONS } from '../functions/losses';
import { LOSSES } from '../types';
import type { NetworkSpec } from '../types';

/** Entry operation codes; activations use their ACTIVATION_FUNCTIONS codes 1–4. */
export const DENSE = 0;
export const DROPOUT = 5;

/** Integers per entry: operation, input offset, output offset, parameter or mask offset, input size, output size. */
export const STRIDE = 6;

/** Where one layer's numbers live in the tape's value array. */
export interface LayerSlots {
  /** Offset of the pre-activations z. */
  preActivation: number;
  /** Offset of the activations a (equal to preActivation for a linear layer). */
  activation: number;
  /** Offset of what the next layer reads: a, or a after dropout. */
  output: number;
  size: number;
}

/** The compiled tape: entries in forward order and the layout of the value array. */
export interface Program {
  entries: Int32Array;
  entryCount: number;
  /** Length of the value (and derivative) arrays. */
  valueCount: number;
  maskCount: number;
  inputSize: number;
  outputSize: number;
  lossKind: number;
  /** Offset read by the loss: the output's a for squared errors, its logits z for cross-entropies. */
  lossInputOffset: number;
  predictionOffset: number;
  targetOffset: number;
  layers: LayerSlots[];
}

/**
 * Lays the network out once: x | z₁ a₁ [dropped₁] | … | z_L a_L | ŷ | y. A linear layer's a aliases
 * its z; a cross-entropy output skips its activation entry, since the loss reads the logits z.
 */
export function buildProgram(spec: NetworkSpec, dropoutRate: number): Program {
  const lossKind = LOSSES.indexOf(spec.loss);
  const crossEntropy = LOSS_FUNCTIONS[spec.loss].reads === 'logit';
  const rows: number[] = [];
  const layers: LayerSlots[] = [];
  let valueCount = spec.inputSize;
  let maskCount = 0;
  let inputOffset = 0;
  let inputSize = spec.inputSize;
  let parameterOffset = 0;
  spec.layers.forEach((layer, index) => {
    const isOutput = index === spec.layers.length - 1;
    const preActivation = valueCount;
    valueCount += layer.size;
    rows.push(DENSE, inputOffset, preActivation, parameterOffset, inputSize, layer.size);
    parameterOffset += layer.size * (inputSize + 1);
    let activation = preActivation;
    const { code } = ACTIVATION_FUNCTIONS[layer.activation];
    if (code > 0 && !(isOutput && crossEntropy)) {
      activation = valueCount;
      valueCount += layer.size;
      rows.push(code, preActivation, activation, 0, layer.size, layer.size);
    }
    let output = activation;
    if (!isOutput && dropoutRate > 0) {
      output = valueCount;
      valueCount += layer.size;
      rows.push(DROPOUT, activation, output, maskCount, layer.size, layer.size);
      maskCount += layer.size;
    }
    layers.push({ preActivation, activation, output, size: layer.size });
    inputOffset = output;
    inputSize = layer.size;
  });
  const outputSize = inputSize;
  const last = layers.at(-1);
  if (last === undefined) {
    throw new Error('buildProgram: no layers (validateSpec rejects such a spec)');
  }
  const predictionOffset = crossEntropy ? valueCount : last.activation;
  if (crossEntropy) valueCount += outputSize;
  const targetOffset = valueCount;
  valueCount += outputSize;
  return {
    entries: Int32Array.from(rows),
    entryCount: rows.length / STRIDE,
    valueCount,
    maskCount,
    inputSize: spec.inputSize,
    outputSize,
    lossKind,
    lossInputOffset: crossEntropy ? last.preActivation : last.activation,
    predictionOffset,
    targetOffset,
    layers,
  };
}

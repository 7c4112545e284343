import type { KeyboardEvent } from 'react';
import type { NetworkSpec } from '../../../core/types';
import { refKey, type ParameterRef } from '../../../core/network/parameter-ref';

/** Something on the diagram the learner can inspect: an input, a neuron or a parameter. */
export type DiagramItem =
  | { kind: 'input'; row: number }
  | { kind: 'neuron'; layer: number; row: number }
  | { kind: 'parameter'; ref: ParameterRef };

/** A stable key for React and for comparing items. */
export function itemKey(item: DiagramItem): string {
  switch (item.kind) {
    case 'input':
      return `x-${item.row}`;
    case 'neuron':
      return `n-${item.layer}-${item.row}`;
    case 'parameter':
      return refKey(item.ref);
  }
}

/** True when the item names something in a network of this shape. */
export function itemExists(spec: NetworkSpec, item: DiagramItem): boolean {
  const inRange = (value: number, size: number) =>
    Number.isInteger(value) && value >= 0 && value < size;
  /** Neurons in layer `index`: none when the network has no such layer. */
  const layerSize = (index: number) => spec.layers[index]?.size ?? 0;
  switch (item.kind) {
    case 'input':
      return inRange(item.row, spec.inputSize);
    case 'neuron':
      return inRange(item.layer, spec.layers.length) && inRange(item.row, layerSize(item.layer));
    case 'parameter': {
      const { layer, row, column, kind } = item.ref;
      if (!inRange(layer, spec.layers.length) || !inRange(row, layerSize(layer))) return false;
      const inputs = layer === 0 ? spec.inputSize : layerSize(layer - 1);
      return kind === 'bias' || inRange(column, inputs);
    }
  }
}

/** Enter or Space on an element with role="button" activates it, as on a native button. */
export function activateOnKey(event: KeyboardEvent, activate: () => void): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    activate();
  }
}

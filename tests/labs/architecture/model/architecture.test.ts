import { describe, expect, it } from 'vitest';
import {
  addLayer,
  addNeuron,
  buildArchitectureSpec,
  clampToRange,
  MAX_DEPTH,
  MAX_WIDTH,
  MIN_DEPTH,
  MIN_WIDTH,
  removeLayer,
  removeNeuron,
} from '../../../../src/labs/architecture/model/architecture';
import type { FeatureName } from '../../../../src/labs/architecture/model/features';
import { validateSpec } from '../../../../src/core/network/validate';
import type { ActivationName } from '../../../../src/core/types';
import { fieldOf } from '../../../core/configuration-field';

const SIX: ActivationName[] = ['tanh', 'relu', 'sigmoid', 'leakyRelu', 'linear', 'tanh'];
const PLANE: FeatureName[] = ['x1', 'x2'];

describe('buildArchitectureSpec', () => {
  it('stacks one hidden layer per width, then a sigmoid output with BCE', () => {
    const spec = buildArchitectureSpec({ features: PLANE, widths: [5, 3, 1], activations: SIX });
    expect(spec.inputSize).toBe(2);
    expect(spec.loss).toBe('binaryCrossEntropy');
    expect(spec.layers).toEqual([
      { size: 5, activation: 'tanh' },
      { size: 3, activation: 'relu' },
      { size: 1, activation: 'sigmoid' },
      { size: 1, activation: 'sigmoid' },
    ]);
    expect(() => validateSpec(spec)).not.toThrow();
  });

  it('takes one input per chosen feature', () => {
    const features: FeatureName[] = ['x1', 'x1Squared', 'x2Squared', 'sinX2'];
    const spec = buildArchitectureSpec({ features, widths: [4], activations: SIX });
    expect(spec.inputSize).toBe(features.length);
    expect(() => validateSpec(spec)).not.toThrow();
  });

  it('accepts every depth and width in range and the core validator agrees', () => {
    for (let depth = MIN_DEPTH; depth <= MAX_DEPTH; depth++) {
      for (let width = MIN_WIDTH; width <= MAX_WIDTH; width++) {
        const widths = Array.from({ length: depth }, () => width);
        const spec = buildArchitectureSpec({ features: PLANE, widths, activations: SIX });
        expect(spec.layers).toHaveLength(depth + 1);
        expect(spec.layers.slice(0, depth).every((layer) => layer.size === width)).toBe(true);
        expect(() => validateSpec(spec)).not.toThrow();
      }
    }
  });

  it('rejects too many layers, widths out of range and bad features, naming the field', () => {
    const seven = Array.from({ length: MAX_DEPTH + 1 }, () => 2);
    expect(
      fieldOf(() => buildArchitectureSpec({ features: PLANE, widths: seven, activations: SIX })),
    ).toBe('depth');
    for (const width of [0, MAX_WIDTH + 1, 1.5]) {
      expect(
        fieldOf(() =>
          buildArchitectureSpec({ features: PLANE, widths: [2, width], activations: SIX }),
        ),
      ).toBe('widths[1]');
    }
    expect(
      fieldOf(() => buildArchitectureSpec({ features: [], widths: [2], activations: SIX })),
    ).toBe('features');
    expect(
      fieldOf(() =>
        buildArchitectureSpec({ features: ['x1', 'x1'], widths: [2], activations: SIX }),
      ),
    ).toBe('features[1]');
  });

  it('rejects a missing or unknown activation', () => {
    expect(
      fieldOf(() =>
        buildArchitectureSpec({ features: PLANE, widths: [2, 2, 2], activations: ['tanh'] }),
      ),
    ).toBe('activations');
    const unknown = ['tanh', 'softplus'] as unknown as ActivationName[];
    expect(
      fieldOf(() =>
        buildArchitectureSpec({ features: PLANE, widths: [2, 2], activations: unknown }),
      ),
    ).toBe('activations[1]');
  });
});

describe('adding and removing layers and neurons', () => {
  it('adds a layer as wide as the last one, up to MAX_DEPTH', () => {
    expect(addLayer([3, 5])).toEqual([3, 5, 5]);
    expect(addLayer([]).length).toBe(1);
    const full = Array.from({ length: MAX_DEPTH }, () => 2);
    expect(addLayer(full)).toBe(full);
  });

  it('removes the last layer, down to MIN_DEPTH', () => {
    expect(removeLayer([3, 5])).toEqual([3]);
    const least = Array.from({ length: MIN_DEPTH }, () => 2);
    expect(removeLayer(least)).toBe(least);
  });

  it('changes one layer by one neuron within MIN_WIDTH and MAX_WIDTH', () => {
    expect(addNeuron([3, 5], 1)).toEqual([3, 6]);
    expect(removeNeuron([3, 5], 0)).toEqual([2, 5]);
    const widest = [MAX_WIDTH];
    expect(addNeuron(widest, 0)).toBe(widest);
    const narrowest = [MIN_WIDTH];
    expect(removeNeuron(narrowest, 0)).toBe(narrowest);
    // no such layer: nothing changes
    expect(addNeuron([3], 4)).toEqual([3]);
  });
});

describe('clampToRange', () => {
  it('keeps values inside, moves values outside to the nearest end and says so', () => {
    expect(clampToRange(3, 1, 6, true)).toEqual({ value: 3, clamped: false });
    expect(clampToRange(12, 1, 8, true)).toEqual({ value: 8, clamped: true });
    expect(clampToRange(-1, 0, 1)).toEqual({ value: 0, clamped: true });
    expect(clampToRange(0.25, 0, 1)).toEqual({ value: 0.25, clamped: false });
    expect(clampToRange(Number.NaN, 1, 8, true)).toEqual({ value: 1, clamped: true });
  });

  it('rounds integers and reports the rounding as a change', () => {
    expect(clampToRange(2.6, 1, 6, true)).toEqual({ value: 3, clamped: true });
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildArchitectureSpec,
  clampToRange,
  MAX_DEPTH,
  MAX_WIDTH,
} from '../../../../src/labs/architecture/model/architecture';
import { validateSpec } from '../../../../src/core/network/validate';
import type { ActivationName } from '../../../../src/core/types';
import { fieldOf } from '../../../core/configuration-field';

const SIX: ActivationName[] = ['tanh', 'relu', 'sigmoid', 'leakyRelu', 'linear', 'tanh'];

describe('buildArchitectureSpec', () => {
  it('stacks depth hidden layers of width neurons, then a sigmoid output with BCE', () => {
    const spec = buildArchitectureSpec({ depth: 3, width: 5, activations: SIX });
    expect(spec.inputSize).toBe(2);
    expect(spec.loss).toBe('binaryCrossEntropy');
    expect(spec.layers).toEqual([
      { size: 5, activation: 'tanh' },
      { size: 5, activation: 'relu' },
      { size: 5, activation: 'sigmoid' },
      { size: 1, activation: 'sigmoid' },
    ]);
    expect(() => validateSpec(spec)).not.toThrow();
  });

  it('accepts every depth and width in range and the core validator agrees', () => {
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      for (let width = 1; width <= MAX_WIDTH; width++) {
        const spec = buildArchitectureSpec({ depth, width, activations: SIX });
        expect(spec.layers).toHaveLength(depth + 1);
        expect(spec.layers.slice(0, depth).every((layer) => layer.size === width)).toBe(true);
        expect(() => validateSpec(spec)).not.toThrow();
      }
    }
  });

  it('rejects out-of-range or fractional depth and width, naming the field', () => {
    for (const depth of [0, 7, 2.5, Number.NaN]) {
      expect(fieldOf(() => buildArchitectureSpec({ depth, width: 2, activations: SIX }))).toBe(
        'depth',
      );
    }
    for (const width of [0, 9, 1.5]) {
      expect(fieldOf(() => buildArchitectureSpec({ depth: 2, width, activations: SIX }))).toBe(
        'width',
      );
    }
  });

  it('rejects a missing or unknown activation', () => {
    expect(
      fieldOf(() => buildArchitectureSpec({ depth: 3, width: 2, activations: ['tanh'] })),
    ).toBe('activations');
    const unknown = ['tanh', 'softplus'] as unknown as ActivationName[];
    expect(fieldOf(() => buildArchitectureSpec({ depth: 2, width: 2, activations: unknown }))).toBe(
      'activations[1]',
    );
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

// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layerInputName, neuronNames, parameterName } from '../../../src/core/network/notation';
import { exerciseSpec } from '../../../src/core/exercise/config';
import type { NetworkSpec } from '../../../src/core/types';
import { allParameterRefs } from '../../../src/core/network/parameter-ref';
import { specArbitrary } from './arbitraries';

const lesson = exerciseSpec('relu', 'halfSquaredError');

describe('parameterName', () => {
  it('names the lesson’s parameters as the course does: wᵢⱼ = weights[0][i−1][j−1], vᵢ, bᵢ, c', () => {
    const names = allParameterRefs(lesson).map((ref) => parameterName(lesson, ref));
    expect(names).toEqual(['w₁₁', 'w₁₂', 'w₂₁', 'w₂₂', 'b₁', 'b₂', 'v₁', 'v₂', 'c']);
  });

  it('names another shape’s parameters w⁽ˡ⁾ᵢⱼ and b⁽ˡ⁾ᵢ, layers counted from 1', () => {
    const spec: NetworkSpec = {
      inputSize: 3,
      layers: [
        { size: 2, activation: 'tanh' },
        { size: 2, activation: 'tanh' },
        { size: 1, activation: 'sigmoid' },
      ],
      loss: 'halfSquaredError',
    };
    expect(parameterName(spec, { layer: 0, kind: 'weight', row: 1, column: 2 })).toBe('w⁽¹⁾₂₃');
    expect(parameterName(spec, { layer: 2, kind: 'bias', row: 0, column: 0 })).toBe('b⁽³⁾₁');
    expect(neuronNames(spec, 2, 0)).toEqual({ z: 'z⁽³⁾₁', a: 'ŷ' });
    expect(layerInputName(spec, 1, 0)).toBe('a⁽¹⁾₁');
  });

  it('gives every parameter of any network its own name', () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const names = allParameterRefs(spec).map((ref) => parameterName(spec, ref));
        expect(new Set(names).size).toBe(names.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('neuronNames', () => {
  it('calls the lesson’s hidden units z₁, a₁, z₂, a₂ and the output z_o, ŷ', () => {
    expect([0, 1].map((row) => neuronNames(lesson, 0, row))).toEqual([
      { z: 'z₁', a: 'a₁' },
      { z: 'z₂', a: 'a₂' },
    ]);
    expect(neuronNames(lesson, 1, 0)).toEqual({ z: 'z_o', a: 'ŷ' });
    expect(layerInputName(lesson, 1, 1)).toBe('a₂');
  });
});

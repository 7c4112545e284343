import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/core/errors';
import {
  networkParameters,
  parameterAt,
} from '../../../../src/labs/gradient-check/model/gradient-check-network';
import type { NetworkParameters, NetworkSpec } from '../../../../src/core/types';
import { parameterName, subscript, superscript } from '../../../../src/core/network/notation';
import { allParameterRefs } from '../../../../src/core/network/parameter-ref';

/** A net with `inputSize` inputs and the given layer sizes (sigmoid everywhere). */
function net(inputSize: number, sizes: number[]): NetworkSpec {
  return {
    inputSize,
    layers: sizes.map((size) => ({ size, activation: 'sigmoid' as const })),
    loss: 'halfSquaredError',
  };
}

/**
 * The names written out from the layout (weights row by row, then biases, per layer): the lesson's
 * wᵢⱼ, bᵢ, vⱼ, c for one hidden layer and one output, w⁽ˡ⁾ᵢⱼ and b⁽ˡ⁾ᵢ otherwise.
 */
function expectedNames(inputSize: number, sizes: number[]): string[] {
  const lesson = sizes.length === 2 && sizes[1] === 1;
  const names: string[] = [];
  let inputs = inputSize;
  sizes.forEach((size, layer) => {
    const tag = lesson ? '' : superscript(layer + 1);
    const output = lesson && layer === 1;
    for (let row = 0; row < size; row++)
      for (let column = 0; column < inputs; column++)
        names.push(
          output ? `v${subscript(column + 1)}` : `w${tag}${subscript(row + 1, column + 1)}`,
        );
    for (let row = 0; row < size; row++) names.push(output ? 'c' : `b${tag}${subscript(row + 1)}`);
    inputs = size;
  });
  return names;
}

describe('parameter names, the same as the exercise’s for any shape', () => {
  it.each([
    { inputSize: 3, sizes: [2, 1] }, // three inputs: a cousin of the lesson net
    { inputSize: 2, sizes: [2, 2, 1] }, // three layers
    { inputSize: 2, sizes: [2, 1, 1] }, // a lesson net with one more layer on top
    { inputSize: 2, sizes: [3, 1] }, // three hidden units: a cousin of the lesson net
    { inputSize: 2, sizes: [2, 2] }, // two outputs
    { inputSize: 2, sizes: [1] }, // a single layer
  ])('names $inputSize → $sizes as notation.ts does', ({ inputSize, sizes }) => {
    const spec = net(inputSize, sizes);
    const names = networkParameters(spec).map((entry) => entry.name);
    expect(names).toEqual(expectedNames(inputSize, sizes));
    expect(names).toEqual(allParameterRefs(spec).map((ref) => parameterName(spec, ref)));
  });

  it('calls the third weight of a 3–2–1 net’s first unit w₁₃, as the exercise does', () => {
    const [, , third] = networkParameters(net(3, [2, 1]));
    expect(third).toEqual({
      position: { layer: 0, kind: 'weight', row: 0, column: 2 },
      name: 'w₁₃',
    });
  });

  it('marks biases as kind bias in column 0', () => {
    const biases = networkParameters(net(2, [2, 1])).filter(
      (entry) => entry.name.startsWith('b') || entry.name === 'c',
    );
    expect(biases.map((entry) => entry.position)).toEqual([
      { layer: 0, kind: 'bias', row: 0, column: 0 },
      { layer: 0, kind: 'bias', row: 1, column: 0 },
      { layer: 1, kind: 'bias', row: 0, column: 0 },
    ]);
  });
});

describe('parameterAt out of range', () => {
  const parameters: NetworkParameters = [{ weights: [[0.5, -0.25]], biases: [0.125] }];

  it('reads an existing weight and bias', () => {
    expect(parameterAt(parameters, { layer: 0, kind: 'weight', row: 0, column: 1 })).toBe(-0.25);
    expect(parameterAt(parameters, { layer: 0, kind: 'bias', row: 0, column: 0 })).toBe(0.125);
  });

  it('throws ConfigurationError (not a TypeError) for a missing layer, row or column', () => {
    for (const position of [
      { layer: 1, kind: 'weight', row: 0, column: 0 },
      { layer: 0, kind: 'weight', row: 1, column: 0 },
      { layer: 0, kind: 'weight', row: 0, column: 2 },
      { layer: 0, kind: 'bias', row: 1, column: 0 },
    ] as const) {
      expect(() => parameterAt(parameters, position)).toThrow(ConfigurationError);
    }
  });
});

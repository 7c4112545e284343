import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/core/errors';
import {
  networkParameters,
  parameterAt,
} from '../../../../src/labs/gradient-check/model/gradient-check-network';
import type { NetworkParameters, NetworkSpec } from '../../../../src/core/types';

/** A net with `inputSize` inputs and the given layer sizes (sigmoid everywhere). */
function net(inputSize: number, sizes: number[]): NetworkSpec {
  return {
    inputSize,
    layers: sizes.map((size) => ({ size, activation: 'sigmoid' as const })),
    loss: 'halfSquaredError',
  };
}

/** The generic names, written out from the layout: weights row by row, then biases, per layer. */
function genericNames(inputSize: number, sizes: number[]): string[] {
  const names: string[] = [];
  let inputs = inputSize;
  sizes.forEach((size, layer) => {
    for (let row = 0; row < size; row++)
      for (let column = 0; column < inputs; column++) names.push(`w[${layer}][${row}][${column}]`);
    for (let row = 0; row < size; row++) names.push(`b[${layer}][${row}]`);
    inputs = size;
  });
  return names;
}

describe('parameter names outside the lesson shape', () => {
  it.each([
    { inputSize: 3, sizes: [2, 1] }, // three inputs
    { inputSize: 2, sizes: [2, 2, 1] }, // three layers
    { inputSize: 2, sizes: [2, 1, 1] }, // a lesson net with one more layer on top
    { inputSize: 2, sizes: [3, 1] }, // three hidden units
    { inputSize: 2, sizes: [2, 2] }, // two outputs
    { inputSize: 2, sizes: [1] }, // a single layer
  ])(
    'uses w[layer][row][column] and b[layer][row] for $inputSize → $sizes',
    ({ inputSize, sizes }) => {
      expect(networkParameters(net(inputSize, sizes)).map((entry) => entry.name)).toEqual(
        genericNames(inputSize, sizes),
      );
    },
  );

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

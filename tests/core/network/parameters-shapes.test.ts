import { describe, expect, it } from 'vitest';
import { flattenParameters, unflattenParameters } from '../../../src/core/network/parameters';
import type { NetworkParameters, NetworkSpec } from '../../../src/core/types';

const spec: NetworkSpec = {
  inputSize: 3,
  layers: [
    { size: 2, activation: 'tanh' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'squaredError',
};
const good: NetworkParameters = [
  {
    weights: [
      [1, 2, 3],
      [4, 5, 6],
    ],
    biases: [7, 8],
  },
  { weights: [[9, 10]], biases: [11] },
];

const rejects = (parameters: NetworkParameters, message: RegExp) =>
  expect(() => flattenParameters(spec, parameters)).toThrow(
    expect.objectContaining({
      name: 'ConfigurationError',
      field: 'parameters',
      message: expect.stringMatching(message),
    }),
  );

describe('flattenParameters shape errors', () => {
  it('rejects too many or too few layers', () => {
    rejects([...good, { weights: [[1]], biases: [1] }], /expected 2 layers, got 3/);
    rejects([good[0]!], /expected 2 layers, got 1/);
  });

  it('rejects a layer with the wrong number of neurons in its weights or its biases', () => {
    rejects([{ ...good[0]!, weights: [[1, 2, 3]] }, good[1]!], /layer 0 must have 2 neurons/);
    rejects([{ ...good[0]!, biases: [7, 8, 9] }, good[1]!], /layer 0 must have 2 neurons/);
    rejects([good[0]!, { weights: [[9, 10]], biases: [] }], /layer 1 must have 1 neurons/);
  });

  it('rejects rows of the wrong length', () => {
    rejects(
      [good[0]!, { weights: [[9, 10, 11]], biases: [11] }],
      /layer 1 rows must have 2 weights/,
    );
  });

  it('unflatten names the expected count', () => {
    expect(() => unflattenParameters(spec, new Float64Array(12))).toThrow(
      expect.objectContaining({
        field: 'parameters',
        message: expect.stringMatching(/expected 11 numbers, got 12/),
      }),
    );
  });
});

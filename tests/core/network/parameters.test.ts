import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cloneParameters,
  flattenParameters,
  parameterCount,
  unflattenParameters,
} from '../../../src/core/network/parameters';
import { initializeParameters } from '../../../src/core/training/initialization';
import type { NetworkSpec } from '../../../src/core/types';

const spec: NetworkSpec = {
  inputSize: 3,
  layers: [
    { size: 2, activation: 'tanh' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'squaredError',
};

describe('flat parameters', () => {
  it('counts Σ size·(inputs + 1)', () => {
    expect(parameterCount(spec)).toBe(2 * (3 + 1) + 1 * (2 + 1));
  });

  it('lays each layer out as weights row-major [out][in], then biases', () => {
    const parameters = [
      {
        weights: [
          [1, 2, 3],
          [4, 5, 6],
        ],
        biases: [7, 8],
      },
      { weights: [[9, 10]], biases: [11] },
    ];
    expect(Array.from(flattenParameters(spec, parameters))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
  });

  it('round-trips through unflatten for any sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
        fc.integer(),
        (inputSize, sizes, seed) => {
          const randomSpec: NetworkSpec = {
            inputSize,
            layers: sizes.map((size) => ({ size, activation: 'tanh' })),
            loss: 'squaredError',
          };
          const parameters = initializeParameters(randomSpec, { scheme: 'uniform', seed });
          const flat = flattenParameters(randomSpec, parameters);
          expect(flat.length).toBe(parameterCount(randomSpec));
          expect(unflattenParameters(randomSpec, flat)).toEqual(parameters);
        },
      ),
      { seed: 1, numRuns: 100 },
    );
  });

  it('rejects shapes that do not match', () => {
    expect(() => unflattenParameters(spec, new Float64Array(5))).toThrow(
      expect.objectContaining({ field: 'parameters' }),
    );
    expect(() =>
      flattenParameters(spec, [
        {
          weights: [
            [1, 2],
            [3, 4],
          ],
          biases: [0, 0],
        },
        { weights: [[1, 2]], biases: [0] },
      ]),
    ).toThrow(expect.objectContaining({ field: 'parameters' }));
  });

  it('clones deeply', () => {
    const parameters = initializeParameters(spec, { scheme: 'uniform', seed: 3 });
    const copy = cloneParameters(parameters);
    expect(copy).toEqual(parameters);
    copy[0]!.weights[1]![2] = 99;
    copy[1]!.biases[0] = 99;
    expect(parameters[0]!.weights[1]![2]).not.toBe(99);
    expect(parameters[1]!.biases[0]).not.toBe(99);
  });
});

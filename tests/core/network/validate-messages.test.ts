import { describe, expect, it } from 'vitest';
import {
  validateExample,
  validateParameters,
  validateSpec,
} from '../../../src/core/network/validate';
import type {
  ActivationName,
  LossName,
  NetworkParameters,
  NetworkSpec,
} from '../../../src/core/types';

const spec = (): NetworkSpec => ({
  inputSize: 2,
  layers: [
    { size: 3, activation: 'tanh' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'halfSquaredError',
});
const parameters = (): NetworkParameters => [
  {
    weights: [
      [1, 2],
      [3, 4],
      [5, 6],
    ],
    biases: [0, 0, 0],
  },
  { weights: [[1, 1, 1]], biases: [0] },
];

/** The ConfigurationError's message is "field: explanation"; the explanation says what is wrong. */
const rejects = (action: () => void, field: string, explanation: RegExp) =>
  expect(action).toThrow(
    expect.objectContaining({
      name: 'ConfigurationError',
      field,
      message: expect.stringMatching(
        new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}: ${explanation.source}`),
      ),
    }),
  );

describe('validation messages', () => {
  it('explain a bad spec', () => {
    rejects(
      () => validateSpec({ ...spec(), inputSize: 70 }),
      'inputSize',
      /must be an integer from 1 to 64, got 70/,
    );
    rejects(
      () => validateSpec({ ...spec(), layers: [] }),
      'layers',
      /a network needs at least one layer/,
    );
    rejects(
      () =>
        validateSpec({
          ...spec(),
          layers: Array.from({ length: 8 }, () => ({ size: 1, activation: 'tanh' as const })),
        }),
      'layers',
      /at most 7 layers/,
    );
    const badActivation = spec();
    badActivation.layers[0]!.activation = 'swish' as ActivationName;
    rejects(
      () => validateSpec(badActivation),
      'layers[0].activation',
      /unknown activation 'swish'/,
    );
    rejects(
      () => validateSpec({ ...spec(), loss: 'hinge' as LossName }),
      'loss',
      /unknown loss 'hinge'/,
    );
    const bce = spec();
    bce.loss = 'binaryCrossEntropy';
    bce.layers[1]!.activation = 'tanh';
    rejects(() => validateSpec(bce), 'loss', /binaryCrossEntropy needs a 1-neuron sigmoid output/);
    const softmax = spec();
    softmax.loss = 'softmaxCrossEntropy';
    rejects(() => validateSpec(softmax), 'loss', /softmaxCrossEntropy needs a linear output layer/);
  });

  it('explain bad parameters', () => {
    rejects(
      () => validateParameters(spec(), [parameters()[0]!]),
      'parameters',
      /expected 2 layers, got 1/,
    );
    rejects(
      () => validateParameters(spec(), 'none' as unknown as NetworkParameters),
      'parameters',
      /expected 2 layers, got none/,
    );
    const shape = parameters();
    shape[1]!.weights = [[1, 1]];
    rejects(
      () => validateParameters(spec(), shape),
      'parameters[1].weights',
      /must be 1 rows of 3 numbers/,
    );
    const infinite = parameters();
    infinite[0]!.weights[2]![1] = Infinity;
    rejects(
      () => validateParameters(spec(), infinite),
      'parameters[0].weights',
      /every weight must be finite/,
    );
    const biases = parameters();
    biases[0]!.biases = [0, 0];
    rejects(
      () => validateParameters(spec(), biases),
      'parameters[0].biases',
      /must have 3 numbers, got 2/,
    );
    const missing = parameters();
    (missing[1] as { biases: unknown }).biases = undefined;
    rejects(
      () => validateParameters(spec(), missing),
      'parameters[1].biases',
      /must have 1 numbers, got none/,
    );
  });

  it('explain a bad example', () => {
    rejects(
      () => validateExample(spec(), { input: [1], target: [0] }),
      'input',
      /must have 2 numbers, got 1/,
    );
    rejects(
      () => validateExample(spec(), { input: [1, Number.NaN], target: [0] }),
      'input',
      /every number must be finite/,
    );
  });
});

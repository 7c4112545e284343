import { describe, expect, it } from 'vitest';
import { expressionGraph } from '../../../src/core/network/expression-graph';
import { buildGraph, graphGradients } from '../../../src/core/network/graph-network';
import { traceExample } from '../../../src/core/network/trace';
import {
  validateExample,
  validateParameters,
  validateSpec,
} from '../../../src/core/network/validate';
import type {
  ActivationName,
  Example,
  LossName,
  NetworkParameters,
  NetworkSpec,
} from '../../../src/core/types';
import { fieldOf } from '../configuration-field';

/** The `field` of the ConfigurationError `action` throws, or undefined when it does not throw. */
const layer = (size: number, activation: ActivationName = 'tanh') => ({ size, activation });

/** A valid 3–4–2–1 network, to break one field at a time. */
const spec = (): NetworkSpec => ({
  inputSize: 3,
  layers: [layer(4), layer(2, 'relu'), layer(1, 'sigmoid')],
  loss: 'halfSquaredError',
});

const parameters = (): NetworkParameters => [
  { weights: Array.from({ length: 4 }, () => [0.1, 0.2, 0.3]), biases: [0, 0, 0, 0] },
  { weights: Array.from({ length: 2 }, () => [0.1, -0.2, 0.3, -0.4]), biases: [0.5, 0.5] },
  { weights: [[1, -1]], biases: [0] },
];

const example = (): Example => ({ input: [1, 2, 3], target: [1] });

describe('validateSpec', () => {
  it('accepts valid specs, including the limits', () => {
    expect(fieldOf(() => validateSpec(spec()))).toBeUndefined();
    const widest: NetworkSpec = {
      inputSize: 64,
      layers: Array.from({ length: 7 }, () => layer(16)),
      loss: 'squaredError',
    };
    expect(fieldOf(() => validateSpec(widest))).toBeUndefined();
    const softmax: NetworkSpec = {
      inputSize: 1,
      layers: [layer(2, 'linear')],
      loss: 'softmaxCrossEntropy',
    };
    expect(fieldOf(() => validateSpec(softmax))).toBeUndefined();
  });

  // the breakers index into spec(), a 3–4–2–1 network: layers 0, 1 and 2 exist
  const cases: [string, (s: NetworkSpec) => void, string][] = [
    ['no layers', (s) => (s.layers = []), 'layers'],
    ['8 layers', (s) => (s.layers = Array.from({ length: 8 }, () => layer(2))), 'layers'],
    ['inputSize 0', (s) => (s.inputSize = 0), 'inputSize'],
    ['inputSize 65', (s) => (s.inputSize = 65), 'inputSize'],
    ['inputSize 2.5', (s) => (s.inputSize = 2.5), 'inputSize'],
    ['inputSize NaN', (s) => (s.inputSize = Number.NaN), 'inputSize'],
    ['a layer of 0 neurons', (s) => (s.layers[2]!.size = 0), 'layers[2].size'],
    ['a layer of 17 neurons', (s) => (s.layers[1]!.size = 17), 'layers[1].size'],
    ['a layer of 1.5 neurons', (s) => (s.layers[0]!.size = 1.5), 'layers[0].size'],
    [
      'an unknown activation',
      (s) => (s.layers[0]!.activation = 'softmax' as ActivationName),
      'layers[0].activation',
    ],
    ['an unknown loss', (s) => (s.loss = 'hinge' as LossName), 'loss'],
    [
      'BCE on 2 outputs',
      (s) => {
        s.loss = 'binaryCrossEntropy';
        s.layers[2] = layer(2, 'sigmoid');
      },
      'loss',
    ],
    [
      'BCE on a tanh output',
      (s) => {
        s.loss = 'binaryCrossEntropy';
        s.layers[2] = layer(1, 'tanh');
      },
      'loss',
    ],
    [
      'softmax on a sigmoid output',
      (s) => {
        s.loss = 'softmaxCrossEntropy';
        s.layers[2] = layer(3, 'sigmoid');
      },
      'loss',
    ],
    [
      'softmax on 1 output',
      (s) => {
        s.loss = 'softmaxCrossEntropy';
        s.layers[2] = layer(1, 'linear');
      },
      'loss',
    ],
  ];
  for (const [name, breakSpec, field] of cases) {
    it(`rejects ${name} with field '${field}'`, () => {
      const broken = spec();
      breakSpec(broken);
      expect(fieldOf(() => validateSpec(broken))).toBe(field);
    });
  }
});

describe('validateParameters', () => {
  it('accepts parameters that match the spec', () => {
    expect(fieldOf(() => validateParameters(spec(), parameters()))).toBeUndefined();
  });

  // the breakers index into parameters(), shaped like the 3–4–2–1 spec(): rows 4×3, 2×4, 1×2
  const cases: [string, (p: NetworkParameters) => void, string][] = [
    ['a missing layer', (p) => p.pop(), 'parameters'],
    ['a missing neuron', (p) => p[1]!.weights.pop(), 'parameters[1].weights'],
    ['a short row', (p) => p[1]!.weights[0]!.pop(), 'parameters[1].weights'],
    ['a long row', (p) => p[0]!.weights[3]!.push(1), 'parameters[0].weights'],
    ['a NaN weight', (p) => (p[1]!.weights[1]![2] = Number.NaN), 'parameters[1].weights'],
    ['an infinite weight', (p) => (p[2]!.weights[0]![0] = Infinity), 'parameters[2].weights'],
    ['a missing bias', (p) => p[1]!.biases.pop(), 'parameters[1].biases'],
    ['a NaN bias', (p) => (p[0]!.biases[0] = Number.NaN), 'parameters[0].biases'],
  ];
  for (const [name, breakParameters, field] of cases) {
    it(`rejects ${name} with field '${field}'`, () => {
      const broken = parameters();
      breakParameters(broken);
      expect(fieldOf(() => validateParameters(spec(), broken))).toBe(field);
    });
  }
});

describe('validateExample', () => {
  const cases: [string, Example, string | undefined][] = [
    ['a valid example', example(), undefined],
    ['a short input', { input: [1, 2], target: [1] }, 'input'],
    ['a NaN input', { input: [1, Number.NaN, 3], target: [1] }, 'input'],
    ['a long target', { input: [1, 2, 3], target: [1, 0] }, 'target'],
    ['an infinite target', { input: [1, 2, 3], target: [-Infinity] }, 'target'],
  ];
  for (const [name, candidate, field] of cases) {
    it(`${name} → ${field ?? 'no error'}`, () => {
      expect(fieldOf(() => validateExample(spec(), candidate))).toBe(field);
    });
  }
});

describe('every entry point validates', () => {
  const badInput: Example = { input: [1], target: [1] };
  it.each([
    ['graphGradients', () => graphGradients(spec(), parameters(), [example(), badInput])],
    ['buildGraph', () => buildGraph(spec(), parameters(), badInput)],
    ['traceExample', () => traceExample(spec(), parameters(), badInput)],
    ['expressionGraph', () => expressionGraph(spec(), parameters(), badInput)],
  ])('%s rejects a bad input', (_, action) => {
    expect(fieldOf(action)).toBe('input');
  });

  it('graphGradients rejects an empty batch and a bad spec or parameters', () => {
    expect(fieldOf(() => graphGradients(spec(), parameters(), []))).toBe('examples');
    expect(
      fieldOf(() => graphGradients({ ...spec(), inputSize: 0 }, parameters(), [example()])),
    ).toBe('inputSize');
    expect(fieldOf(() => graphGradients(spec(), parameters().slice(1), [example()]))).toBe(
      'parameters',
    );
  });
});

import fc from 'fast-check';
import { ACTIVATIONS, LOSSES } from '../../../src/core/types';
import type { Example, LayerSpec, NetworkParameters, NetworkSpec } from '../../../src/core/types';
import { at } from '../indexing';

/** Bounds a failing property's shrinking (each shrink step reruns finite differences). */
export const shrinkTimeLimit = () => fc.interruptAfterTimeLimit(30_000);

export interface Case {
  spec: NetworkSpec;
  parameters: NetworkParameters;
  examples: Example[];
}

/** 1–16 neurons, mostly small so hundreds of finite-difference checks stay fast. */
const layerSize = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 5 },
  { arbitrary: fc.integer({ min: 1, max: 16 }), weight: 1 },
);

const unit = fc.double({ min: -1, max: 1, noNaN: true });

/** Random architecture: 1–6 hidden layers, random activations, every loss with a valid output layer. */
export const specArbitrary: fc.Arbitrary<NetworkSpec> = fc
  .record({
    inputSize: layerSize,
    hidden: fc.array(fc.record({ size: layerSize, activation: fc.constantFrom(...ACTIVATIONS) }), {
      minLength: 1,
      maxLength: 6,
    }),
    loss: fc.constantFrom(...LOSSES),
    outputSize: fc.integer({ min: 1, max: 4 }),
    outputActivation: fc.constantFrom(...ACTIVATIONS),
  })
  .map(({ inputSize, hidden, loss, outputSize, outputActivation }) => {
    let output: LayerSpec = { size: outputSize, activation: outputActivation };
    if (loss === 'binaryCrossEntropy') output = { size: 1, activation: 'sigmoid' };
    if (loss === 'softmaxCrossEntropy')
      output = { size: Math.max(2, outputSize), activation: 'linear' };
    return { inputSize, layers: [...hidden, output], loss };
  });

/** Weights scaled by 2/√fan-in so activations stay moderate in deep stacks. */
function parametersArbitrary(spec: NetworkSpec): fc.Arbitrary<NetworkParameters> {
  // fan-in of layer l: the input for the first layer, the previous layer's size after that
  const fanIns = [spec.inputSize, ...spec.layers.map((layer) => layer.size)];
  return fc.tuple(
    ...spec.layers.map((layer, l) => {
      const fanIn = at(fanIns, l);
      return fc
        .record({
          weights: fc.array(fc.array(unit, { minLength: fanIn, maxLength: fanIn }), {
            minLength: layer.size,
            maxLength: layer.size,
          }),
          biases: fc.array(unit, { minLength: layer.size, maxLength: layer.size }),
        })
        .map(({ weights, biases }) => ({
          weights: weights.map((row) => row.map((w) => (2 * w) / Math.sqrt(fanIn))),
          biases,
        }));
    }),
  );
}

/** Targets in each loss's natural range (softmax targets may be soft or unnormalised). */
function exampleArbitrary(spec: NetworkSpec): fc.Arbitrary<Example> {
  const outputSize = at(spec.layers, spec.layers.length - 1).size;
  const target =
    spec.loss === 'halfSquaredError' || spec.loss === 'squaredError'
      ? fc.array(unit, { minLength: outputSize, maxLength: outputSize })
      : fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: outputSize,
          maxLength: outputSize,
        });
  return fc.record({
    input: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
      minLength: spec.inputSize,
      maxLength: spec.inputSize,
    }),
    target,
  });
}

export const caseArbitrary: fc.Arbitrary<Case> = specArbitrary.chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    parameters: parametersArbitrary(spec),
    examples: fc.array(exampleArbitrary(spec), { minLength: 1, maxLength: 3 }),
  }),
);

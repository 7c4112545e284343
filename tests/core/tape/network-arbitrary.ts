import fc from 'fast-check';
import { createRng, uniform } from '../../../src/core/rng';
import { ACTIVATIONS, LOSSES } from '../../../src/core/types';
import type { Example, LayerSpec, NetworkParameters, NetworkSpec } from '../../../src/core/types';

/** A random network, its parameters and a small batch, all drawn from one seed. */
export interface NetworkCase {
  spec: NetworkSpec;
  parameters: NetworkParameters;
  examples: Example[];
}

/** The output layer each loss accepts: BCE needs one sigmoid unit, softmax CE ≥ 2 linear units. */
function outputLayer(
  loss: NetworkSpec['loss'],
  size: number,
  activation: LayerSpec['activation'],
): LayerSpec {
  if (loss === 'binaryCrossEntropy') return { size: 1, activation: 'sigmoid' };
  if (loss === 'softmaxCrossEntropy') return { size: Math.max(2, size), activation: 'linear' };
  return { size, activation };
}

/** Targets each loss can take: any real for squared errors, probabilities for cross-entropies. */
function drawTarget(loss: NetworkSpec['loss'], size: number, draw: () => number): number[] {
  if (loss === 'halfSquaredError' || loss === 'squaredError') {
    return Array.from({ length: size }, () => 2 * draw() - 1);
  }
  if (loss === 'binaryCrossEntropy') return [draw() < 0.5 ? Math.round(draw()) : draw()];
  return Array.from({ length: size }, () => draw());
}

export const networkCase: fc.Arbitrary<NetworkCase> = fc
  .record({
    inputSize: fc.integer({ min: 1, max: 4 }),
    hidden: fc.array(
      fc.record({
        size: fc.integer({ min: 1, max: 5 }),
        activation: fc.constantFrom(...ACTIVATIONS),
      }),
      { maxLength: 3 },
    ),
    outputSize: fc.integer({ min: 1, max: 3 }),
    outputActivation: fc.constantFrom(...ACTIVATIONS),
    loss: fc.constantFrom(...LOSSES),
    batch: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  })
  .map(({ inputSize, hidden, outputSize, outputActivation, loss, batch, seed }) => {
    const layers = [...hidden, outputLayer(loss, outputSize, outputActivation)];
    const spec: NetworkSpec = { inputSize, layers, loss };
    const rng = createRng(seed);
    const draw = () => uniform(rng, -1.5, 1.5);
    let fanIn = inputSize;
    const parameters = layers.map((layer) => {
      const weights = Array.from({ length: layer.size }, () => Array.from({ length: fanIn }, draw));
      fanIn = layer.size;
      return { weights, biases: Array.from({ length: layer.size }, draw) };
    });
    const examples = Array.from({ length: batch }, () => ({
      input: Array.from({ length: inputSize }, draw),
      target: drawTarget(loss, layers[layers.length - 1]!.size, rng),
    }));
    return { spec, parameters, examples };
  });

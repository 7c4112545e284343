import { createDataset } from '../../src/core/data/datasets';
import { flattenParameters } from '../../src/core/network/parameters';
import { initializeParameters, DEFAULT_SEED } from '../../src/core/training/initialization';
import type { Example, NetworkParameters, NetworkSpec } from '../../src/core/types';

/** One benchmark task: a network, its data and its starting point, trained by full-batch SGD. */
export interface BenchTask {
  label: string;
  spec: NetworkSpec;
  examples: Example[];
  parameters: NetworkParameters;
  flat: Float64Array;
  learningRate: number;
}

function task(
  label: string,
  spec: NetworkSpec,
  examples: Example[],
  learningRate: number,
): BenchTask {
  const parameters = initializeParameters(spec, { scheme: 'xavier', seed: DEFAULT_SEED });
  return {
    label,
    spec,
    examples,
    parameters,
    flat: flattenParameters(spec, parameters),
    learningRate,
  };
}

const hidden = (size: number, activation: 'sigmoid' | 'tanh') => ({ size, activation });

/** (a) the lesson, (b) XOR, (c) a deeper net on 200 spiral points. */
export const TASKS: BenchTask[] = [
  task(
    '(a) 2–2–1 sigmoid, lesson example',
    {
      inputSize: 2,
      layers: [hidden(2, 'sigmoid'), hidden(1, 'sigmoid')],
      loss: 'halfSquaredError',
    },
    createDataset('lesson').train,
    0.1,
  ),
  task(
    '(b) 2–4–1 tanh, XOR full batch',
    { inputSize: 2, layers: [hidden(4, 'tanh'), hidden(1, 'sigmoid')], loss: 'squaredError' },
    createDataset('xor').train,
    0.5,
  ),
  task(
    '(c) 2–8–8–8–1 tanh, 200 spiral points',
    {
      inputSize: 2,
      layers: [hidden(8, 'tanh'), hidden(8, 'tanh'), hidden(8, 'tanh'), hidden(1, 'sigmoid')],
      loss: 'squaredError',
    },
    createDataset('spiral', { count: 200, testFraction: 0, seed: 1 }).train,
    0.1,
  ),
];

/** Packs the examples' inputs and targets into two flat arrays. */
export function pack(examples: Example[]): { inputs: Float64Array; targets: Float64Array } {
  return {
    inputs: Float64Array.from(examples.flatMap((example) => example.input)),
    targets: Float64Array.from(examples.flatMap((example) => example.target)),
  };
}

import { describe, expect, it } from 'vitest';
import { LESSON_EXAMPLE } from '../../../src/core/data/datasets';
import { initializeParameters } from '../../../src/core/training/initialization';
import { createTrainer } from '../../../src/core/training/trainer';
import type { TrainerConfig } from '../../../src/core/training/trainer-config';
import type { Example, NetworkParameters, NetworkSpec } from '../../../src/core/types';

const spec: NetworkSpec = {
  inputSize: 2,
  layers: [
    { size: 2, activation: 'sigmoid' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'halfSquaredError',
};
const parameters = initializeParameters(spec, { scheme: 'uniform', seed: 1 });
const config: TrainerConfig = {
  learningRate: 0.1,
  optimizer: { name: 'sgd' },
  batchSize: 1,
  seed: 1,
};

function expectField(field: string, build: () => unknown): void {
  expect(build).toThrow(expect.objectContaining({ name: 'ConfigurationError', field }));
}

describe('trainer configuration errors name the field', () => {
  const make =
    (overrides: Partial<TrainerConfig>, examples: Example[] = [LESSON_EXAMPLE]) =>
    () =>
      createTrainer(spec, parameters, examples, { ...config, ...overrides } as TrainerConfig);

  it.each([
    ['learningRate', { learningRate: Number.NaN }],
    ['learningRate', { learningRate: Infinity }],
    ['learningRate', { learningRate: -0.1 }],
    ['batchSize', { batchSize: -1 }],
    ['batchSize', { batchSize: 1.5 }],
    ['optimizer', { optimizer: { name: 'newton' } }],
    ['optimizer.momentum', { optimizer: { name: 'momentum', momentum: -0.5 } }],
    ['schedule', { schedule: { name: 'sometimes' } }],
    ['schedule.interval', { schedule: { name: 'step', factor: 0.5, interval: 0 } }],
    ['clipNorm', { clipNorm: 0 }],
    ['clipNorm', { clipNorm: -1 }],
    ['l1', { l1: -0.01 }],
    ['l2', { l2: Number.NaN }],
    ['dropout', { dropout: 1 }],
    ['seed', { seed: Number.NaN }],
  ] as [string, Partial<TrainerConfig>][])('%s: %j', (field, overrides) => {
    expectField(field, make(overrides));
  });

  it('rejects an empty training set and examples of the wrong length', () => {
    expectField('examples', make({}, []));
    expectField('input', make({}, [{ input: [1], target: [1] }]));
    expectField('target', make({}, [{ input: [1, 2], target: [1, 0] }]));
    expectField('input', make({}, [{ input: [1, Number.NaN], target: [1] }]));
  });

  it('rejects bad parameters and specs', () => {
    const wrongShape: NetworkParameters = [parameters[0]!];
    expectField('parameters', () => createTrainer(spec, wrongShape, [LESSON_EXAMPLE], config));
    expectField('inputSize', () =>
      createTrainer({ ...spec, inputSize: 0 }, parameters, [LESSON_EXAMPLE], config),
    );
    const trainer = createTrainer(spec, parameters, [LESSON_EXAMPLE], config);
    expectField('parameters[0].weights', () =>
      trainer.setParameters([
        {
          weights: [
            [1, Infinity],
            [0, 0],
          ],
          biases: [0, 0],
        },
        parameters[1]!,
      ]),
    );
    expectField('examples', () => trainer.evaluate([]));
  });

  it('setParameters replaces the parameters, parameters() returns a copy', () => {
    const trainer = createTrainer(spec, parameters, [LESSON_EXAMPLE], config);
    const replacement = initializeParameters(spec, { scheme: 'uniform', seed: 2 });
    trainer.setParameters(replacement);
    const snapshot = trainer.parameters();
    expect(snapshot).toEqual(replacement);
    snapshot[0]!.weights[0]![0] = 123;
    expect(trainer.parameters()).toEqual(replacement);
  });
});

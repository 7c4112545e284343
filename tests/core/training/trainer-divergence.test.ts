import { describe, expect, it } from 'vitest';
import { createDataset, LESSON_EXAMPLE } from '../../../src/core/data/datasets';
import { flattenParameters } from '../../../src/core/network/parameters';
import { initializeParameters } from '../../../src/core/training/initialization';
import { createTrainer } from '../../../src/core/training/trainer';
import type { TrainerConfig } from '../../../src/core/training/trainer-config';
import type { NetworkParameters, NetworkSpec } from '../../../src/core/types';

const reluSpec: NetworkSpec = {
  inputSize: 2,
  layers: [
    { size: 3, activation: 'relu' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'binaryCrossEntropy',
};
const config: TrainerConfig = {
  learningRate: 0.1,
  optimizer: { name: 'sgd' },
  batchSize: 0,
  seed: 1,
};

const allFinite = (parameters: NetworkParameters) =>
  parameters.every(
    (layer) => layer.biases.every(Number.isFinite) && layer.weights.flat().every(Number.isFinite),
  );

describe('trainer divergence', () => {
  it('reports weights of 1e200 (ReLU, BCE: the logit overflows) and keeps them', () => {
    const huge: NetworkParameters = [
      {
        weights: [
          [1e200, 1e200],
          [1e200, 1e200],
          [1e200, 1e200],
        ],
        biases: [0, 0, 0],
      },
      { weights: [[1e200, 1e200, 1e200]], biases: [0] },
    ];
    const trainer = createTrainer(reluSpec, huge, [LESSON_EXAMPLE], config);
    const result = trainer.step();
    expect(result.status).toBe('diverged');
    expect(allFinite(trainer.parameters())).toBe(true);
    expect(trainer.parameters()).toEqual(huge);
    expect(trainer.stepCount).toBe(0);
  });

  it('restores the last finite parameters when a huge η overflows them', () => {
    const spec: NetworkSpec = {
      inputSize: 2,
      layers: [
        { size: 4, activation: 'tanh' },
        { size: 1, activation: 'linear' },
      ],
      loss: 'squaredError',
    };
    const { train } = createDataset('xor');
    const parameters = initializeParameters(spec, { scheme: 'uniform', seed: 2 });
    const trainer = createTrainer(spec, parameters, train, {
      ...config,
      learningRate: 1e200,
      optimizer: { name: 'momentum' },
    });
    let diverged = false;
    for (let step = 0; step < 50 && !diverged; step++) {
      const before = trainer.parameters();
      const result = trainer.step();
      if (result.status === 'diverged') {
        diverged = true;
        expect(trainer.parameters()).toEqual(before);
      } else {
        expect(Number.isFinite(result.loss)).toBe(true);
      }
      expect(allFinite(trainer.parameters())).toBe(true);
    }
    expect(diverged).toBe(true);
  });

  it('never returns a non-finite loss with status ok', () => {
    const { train } = createDataset('spiral', { count: 40, seed: 8 });
    const spec: NetworkSpec = {
      ...reluSpec,
      layers: [
        { size: 8, activation: 'relu' },
        { size: 1, activation: 'sigmoid' },
      ],
    };
    const parameters = initializeParameters(spec, { scheme: 'he', seed: 8 });
    for (const optimizer of ['sgd', 'momentum', 'rmsprop', 'adam'] as const) {
      const trainer = createTrainer(spec, parameters, train, {
        ...config,
        learningRate: 1e150,
        optimizer: { name: optimizer },
        batchSize: 5,
      });
      for (let step = 0; step < 100; step++) {
        const { loss, status } = trainer.step();
        if (status === 'ok') expect(Number.isFinite(loss)).toBe(true);
        expect(flattenParameters(spec, trainer.parameters()).every(Number.isFinite)).toBe(true);
      }
    }
  });
});

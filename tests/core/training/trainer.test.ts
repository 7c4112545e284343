import { describe, expect, it } from 'vitest';
import { createDataset, LESSON_EXAMPLE } from '../../../src/core/data/datasets';
import { graphGradients } from '../../../src/core/network/graph-network';
import { traceExample } from '../../../src/core/network/trace';
import { flattenParameters } from '../../../src/core/network/parameters';
import { initializeParameters } from '../../../src/core/training/initialization';
import { createTrainer } from '../../../src/core/training/trainer';
import type { TrainerConfig } from '../../../src/core/training/trainer-config';
import type { NetworkSpec } from '../../../src/core/types';

const lessonSpec: NetworkSpec = {
  inputSize: 2,
  layers: [
    { size: 2, activation: 'sigmoid' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'halfSquaredError',
};
const xorSpec: NetworkSpec = {
  inputSize: 2,
  layers: [
    { size: 4, activation: 'tanh' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'binaryCrossEntropy',
};
const sgd: TrainerConfig = { learningRate: 0.1, optimizer: { name: 'sgd' }, batchSize: 1, seed: 1 };
const lessonParameters = initializeParameters(lessonSpec, { scheme: 'uniform', seed: 42 });

describe('trainer', () => {
  it('repeats a seeded run bit for bit (mini-batches, dropout, Adam, 200 steps)', () => {
    const spec: NetworkSpec = {
      ...xorSpec,
      layers: [{ size: 8, activation: 'relu' }, ...xorSpec.layers],
    };
    const { train } = createDataset('spiral', { count: 60, seed: 3 });
    const parameters = initializeParameters(spec, { scheme: 'he', seed: 3 });
    const config: TrainerConfig = {
      learningRate: 0.01,
      optimizer: { name: 'adam' },
      schedule: { name: 'cosine', minimum: 0.001, period: 150 },
      batchSize: 7,
      dropout: 0.2,
      l2: 0.001,
      clipNorm: 5,
      seed: 99,
    };
    const run = () => {
      const trainer = createTrainer(spec, parameters, train, config);
      const losses = Array.from({ length: 200 }, () => trainer.step().loss);
      return {
        losses: Float64Array.from(losses),
        parameters: flattenParameters(spec, trainer.parameters()),
      };
    };
    const first = run();
    const second = run();
    expect(second.losses).toEqual(first.losses);
    expect(second.parameters).toEqual(first.parameters);
    // another seed shuffles and drops differently
    const other = createTrainer(spec, parameters, train, { ...config, seed: 100 });
    const otherLosses = Float64Array.from({ length: 200 }, () => other.step().loss);
    expect(otherLosses).not.toEqual(first.losses);
  });

  it('reset() replays the same run', () => {
    const trainer = createTrainer(lessonSpec, lessonParameters, [LESSON_EXAMPLE], sgd);
    const first = Array.from({ length: 20 }, () => trainer.step().loss);
    trainer.reset();
    expect(trainer.stepCount).toBe(0);
    expect(trainer.parameters()).toEqual(lessonParameters);
    expect(Array.from({ length: 20 }, () => trainer.step().loss)).toEqual(first);
  });

  it('leaves the parameters unchanged when η = 0', () => {
    const trainer = createTrainer(lessonSpec, lessonParameters, [LESSON_EXAMPLE], {
      ...sgd,
      learningRate: 0,
    });
    for (let step = 0; step < 10; step++) expect(trainer.step().status).toBe('ok');
    expect(trainer.parameters()).toEqual(lessonParameters);
  });

  it('lowers the loss on the lesson example with SGD, η > 0', () => {
    const trainer = createTrainer(lessonSpec, lessonParameters, [LESSON_EXAMPLE], sgd);
    const before = trainer.evaluate([LESSON_EXAMPLE]);
    const firstStepLoss = trainer.step().loss;
    expect(firstStepLoss).toBeCloseTo(before, 15); // the step reports the loss before its update
    const afterOne = trainer.evaluate([LESSON_EXAMPLE]);
    expect(afterOne).toBeLessThan(before);
    for (let step = 0; step < 100; step++) trainer.step();
    expect(trainer.evaluate([LESSON_EXAMPLE])).toBeLessThan(afterOne);
  });

  it('takes one SGD step of the full-batch mean gradient: θ − η·∇J, as graphGradients gives it', () => {
    const { train } = createDataset('xor');
    const parameters = initializeParameters(xorSpec, { scheme: 'uniform', seed: 5 });
    const trainer = createTrainer(xorSpec, parameters, train, {
      ...sgd,
      batchSize: 0,
      learningRate: 0.7,
    });
    const result = trainer.step();
    const graph = graphGradients(xorSpec, parameters, train);
    expect(result.loss).toBeCloseTo(graph.loss, 12);
    const before = flattenParameters(xorSpec, parameters);
    const gradient = flattenParameters(xorSpec, graph.gradients);
    const after = flattenParameters(xorSpec, trainer.parameters());
    after.forEach((value, index) =>
      expect(value).toBeCloseTo(before[index]! - 0.7 * gradient[index]!, 12),
    );
  });

  it('visits every example once per epoch of mini-batches', () => {
    const { train } = createDataset('circle', { count: 10, testFraction: 0, seed: 2 });
    const spec: NetworkSpec = { ...xorSpec };
    const parameters = initializeParameters(spec, { scheme: 'uniform', seed: 1 });
    const trainer = createTrainer(spec, parameters, train, {
      ...sgd,
      learningRate: 0,
      batchSize: 3,
    });
    // η = 0: each step's loss is the mean over its batch; an epoch is batches of 3, 3, 3, 1
    const epochLoss =
      (3 * (trainer.step().loss + trainer.step().loss + trainer.step().loss) +
        trainer.step().loss) /
      10;
    expect(epochLoss).toBeCloseTo(trainer.evaluate(train), 14);
  });

  it('learns XOR (2–4–1 tanh, BCE, Adam) below loss 0.01 within 2,000 steps on ≥ 9 of 10 seeds', () => {
    const { train } = createDataset('xor');
    let solved = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const parameters = initializeParameters(xorSpec, { scheme: 'xavier', seed });
      const trainer = createTrainer(xorSpec, parameters, train, {
        learningRate: 0.05,
        optimizer: { name: 'adam' },
        batchSize: 0,
        seed,
      });
      for (let step = 0; step < 2000; step++) trainer.step();
      if (trainer.evaluate(train) < 0.01) solved++;
    }
    expect(solved).toBeGreaterThanOrEqual(9);
  });

  it('evaluate() ignores dropout', () => {
    const { train } = createDataset('xor');
    const parameters = initializeParameters(xorSpec, { scheme: 'uniform', seed: 4 });
    const plain = createTrainer(xorSpec, parameters, train, sgd);
    const dropped = createTrainer(xorSpec, parameters, train, { ...sgd, dropout: 0.5 });
    expect(dropped.evaluate(train)).toBe(plain.evaluate(train));
    expect(dropped.evaluate(train)).toBe(dropped.evaluate(train));
  });

  it('predict() gives the forward pass of the current parameters, without dropout', () => {
    const { train } = createDataset('xor');
    const parameters = initializeParameters(xorSpec, { scheme: 'xavier', seed: 9 });
    const trainer = createTrainer(xorSpec, parameters, train, { ...sgd, dropout: 0.5 });
    for (let step = 0; step < 5; step++) trainer.step();
    for (const example of train) {
      const trace = traceExample(xorSpec, trainer.parameters(), example);
      const output = trace.layers[trace.layers.length - 1]!.a;
      expect(trainer.predict(example.input)[0]).toBeCloseTo(output[0]!, 12);
    }
    const flat = Float64Array.from(train.flatMap((example) => example.input));
    expect(trainer.predict(flat, 2)[0]).toBeCloseTo(trainer.predict(train[1]!.input)[0]!, 15);
  });
});

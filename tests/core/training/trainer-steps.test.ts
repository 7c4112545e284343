import { describe, expect, it } from 'vitest';
import { createDataset, LESSON_EXAMPLE } from '../../../src/core/data/datasets';
import { initializeParameters } from '../../../src/core/training/initialization';
import { createTrainer } from '../../../src/core/training/trainer';
import type { TrainerConfig } from '../../../src/core/training/trainer-config';
import type { Example, NetworkParameters, NetworkSpec } from '../../../src/core/types';

/**
 * A probe: one linear neuron ŷ = w·x + b with ℓ = (ŷ − y)². With w = b = 0 and η = 0 each example's
 * loss is y², so targets 1, 2, 3, … make every step's loss name the examples of its batch.
 */
const probeSpec: NetworkSpec = {
  inputSize: 1,
  layers: [{ size: 1, activation: 'linear' }],
  loss: 'squaredError',
};
const zero: NetworkParameters = [{ weights: [[0]], biases: [0] }];
const probeExamples = (count: number): Example[] =>
  Array.from({ length: count }, (_, index) => ({ input: [index + 1], target: [index + 1] }));
const frozen: TrainerConfig = {
  learningRate: 0,
  optimizer: { name: 'sgd' },
  batchSize: 1,
  seed: 7,
};

/** The example indices of one epoch of single-example steps (loss y² with y = index + 1). */
function epochOrder(trainer: ReturnType<typeof createTrainer>, count: number): number[] {
  return Array.from({ length: count }, () => Math.round(Math.sqrt(trainer.step().loss)) - 1);
}

const lessonSpec: NetworkSpec = {
  inputSize: 2,
  layers: [
    { size: 2, activation: 'sigmoid' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'halfSquaredError',
};

describe('trainer batches', () => {
  it('with batch size 1 visits every example once per epoch, in a new order each epoch', () => {
    const trainer = createTrainer(probeSpec, zero, probeExamples(6), frozen);
    const epochs = [0, 1, 2, 3].map(() => epochOrder(trainer, 6));
    for (const order of epochs) expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    // 720 orders: four epochs in the same order would mean no reshuffling
    expect(new Set(epochs.map((order) => order.join())).size).toBeGreaterThan(1);
    expect(epochs.some((order) => order.join() !== '0,1,2,3,4,5')).toBe(true);
  });

  it('shuffles uniformly: over many seeds every order of three examples comes first', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      const trainer = createTrainer(probeSpec, zero, probeExamples(3), { ...frozen, seed });
      seen.add(epochOrder(trainer, 3).join());
    }
    expect(seen.size).toBe(6);
  });

  it('reports the mean loss of each mini-batch: batches of 2, 2, 1 over five examples', () => {
    const trainer = createTrainer(probeSpec, zero, probeExamples(5), { ...frozen, batchSize: 2 });
    const squares = [1, 4, 9, 16, 25];
    for (let epoch = 0; epoch < 3; epoch++) {
      const [first, second, last] = [trainer.step().loss, trainer.step().loss, trainer.step().loss];
      // Σ over the epoch of (batch size)·(batch mean) is Σ y² = 55
      expect(2 * first + 2 * second + last).toBe(55);
      expect(squares).toContain(last);
      // a mean of two distinct squares is not the mean of all five (11) nor one square
      expect(first).not.toBe(11);
      expect(squares).not.toContain(first);
    }
  });

  it('takes the full batch when the batch size is 0 or at least the example count', () => {
    for (const batchSize of [0, 5, 9]) {
      const trainer = createTrainer(probeSpec, zero, probeExamples(5), { ...frozen, batchSize });
      for (let step = 0; step < 3; step++) expect(trainer.step().loss).toBe(55 / 5);
    }
  });

  it('does not reorder a full batch: its loss is exactly the in-order mean', () => {
    const { train } = createDataset('spiral', { count: 40, seed: 3 });
    const spec: NetworkSpec = {
      inputSize: 2,
      layers: [
        { size: 5, activation: 'tanh' },
        { size: 1, activation: 'sigmoid' },
      ],
      loss: 'binaryCrossEntropy',
    };
    const parameters = initializeParameters(spec, { scheme: 'xavier', seed: 3 });
    const trainer = createTrainer(spec, parameters, train, { ...frozen, batchSize: 0 });
    const expected = trainer.evaluate(train);
    for (let step = 0; step < 3; step++) expect(trainer.step().loss).toBe(expected);
  });

  it('reads each example’s own target when the output has several neurons', () => {
    const spec: NetworkSpec = {
      inputSize: 1,
      layers: [{ size: 2, activation: 'linear' }],
      loss: 'squaredError',
    };
    const parameters: NetworkParameters = [{ weights: [[0], [0]], biases: [0, 0] }];
    // targets (k + 1, 0): ℓ = ((k + 1)² + 0²)/2
    const examples = Array.from({ length: 4 }, (_, k) => ({ input: [1], target: [k + 1, 0] }));
    const trainer = createTrainer(spec, parameters, examples, frozen);
    for (let epoch = 0; epoch < 2; epoch++) {
      const losses = Array.from({ length: 4 }, () => trainer.step().loss);
      expect(losses.sort((a, b) => a - b)).toEqual([0.5, 2, 4.5, 8]);
    }
  });
});

describe('trainer penalties, clipping and dropout', () => {
  const parameters: NetworkParameters = [
    {
      weights: [
        [0.5, -0.25],
        [1.5, -2],
      ],
      biases: [3, -4],
    },
    { weights: [[0.75, -1]], biases: [5] },
  ];
  const weights = [0.5, -0.25, 1.5, -2, 0.75, -1];

  it('adds λ₁·Σ|w| (weights only) to the step loss when only L1 is set', () => {
    const trainer = createTrainer(lessonSpec, parameters, [LESSON_EXAMPLE], {
      ...frozen,
      l1: 0.1,
    });
    const data = trainer.evaluate([LESSON_EXAMPLE]);
    const penalty = 0.1 * weights.reduce((total, w) => total + Math.abs(w), 0);
    expect(trainer.step().loss).toBeCloseTo(data + penalty, 12);
  });

  it('adds (λ₂/2)·Σw² (weights only) to the step loss when only L2 is set', () => {
    const trainer = createTrainer(lessonSpec, parameters, [LESSON_EXAMPLE], {
      ...frozen,
      l2: 0.2,
    });
    const data = trainer.evaluate([LESSON_EXAMPLE]);
    const penalty = (0.2 / 2) * weights.reduce((total, w) => total + w * w, 0);
    expect(trainer.step().loss).toBeCloseTo(data + penalty, 12);
  });

  it('clips the gradient to the given norm before the update', () => {
    // x = 1, y = 10, w = b = 0: ∂ℓ/∂w = ∂ℓ/∂b = 2(ŷ − y) = −20, norm 20√2; clipped to norm 1
    const trainer = createTrainer(probeSpec, zero, [{ input: [1], target: [10] }], {
      ...frozen,
      learningRate: 1,
      clipNorm: 1,
    });
    expect(trainer.step().loss).toBe(100);
    const [after] = trainer.parameters();
    expect(after?.weights[0]?.[0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(after?.biases[0]).toBeCloseTo(Math.SQRT1_2, 12);
    const [gradient] = trainer.gradients();
    expect(gradient?.weights[0]?.[0]).toBeCloseTo(-Math.SQRT1_2, 12);
  });

  it('applies dropout during steps only, with masks drawn from the seed', () => {
    const { train } = createDataset('xor');
    const spec: NetworkSpec = {
      inputSize: 2,
      layers: [
        { size: 8, activation: 'tanh' },
        { size: 1, activation: 'sigmoid' },
      ],
      loss: 'binaryCrossEntropy',
    };
    const start = initializeParameters(spec, { scheme: 'xavier', seed: 11 });
    const config: TrainerConfig = { ...frozen, batchSize: 0, dropout: 0.5 };
    const steps = (seed: number, evaluateAfterFirst: boolean) => {
      const trainer = createTrainer(spec, start, train, { ...config, seed });
      return Array.from({ length: 4 }, (_, step) => {
        const loss = trainer.step().loss;
        if (evaluateAfterFirst && step === 0) trainer.evaluate(train);
        return loss;
      });
    };
    const plain = createTrainer(spec, start, train, { ...config, dropout: 0 }).evaluate(train);
    const first = steps(1, false);
    // with half the hidden units dropped the batch loss is not the loss of the whole network
    expect(first.every((loss) => loss !== plain)).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(1);
    // another seed drops other units
    expect(steps(2, false)).not.toEqual(first);
    // evaluate() in between does not switch dropout off for later steps
    expect(steps(1, true)).toEqual(first);
  });
});

describe('trainer step count and divergence', () => {
  it('counts completed steps and restarts the count on reset', () => {
    const trainer = createTrainer(probeSpec, zero, probeExamples(2), {
      ...frozen,
      learningRate: 0.01,
    });
    for (let step = 1; step <= 3; step++) {
      expect(trainer.step().status).toBe('ok');
      expect(trainer.stepCount).toBe(step);
    }
    trainer.reset();
    expect(trainer.stepCount).toBe(0);
  });

  it('undoes an update that overflows a parameter and reports the finite loss before it', () => {
    // w = 1, b = 0, x = 1, y = 0: ℓ = 1, ∂ℓ/∂w = ∂ℓ/∂b = 2, so w − η·2 = −∞ for η = 1e308
    const start: NetworkParameters = [{ weights: [[1]], biases: [0] }];
    const trainer = createTrainer(probeSpec, start, [{ input: [1], target: [0] }], {
      ...frozen,
      learningRate: 1e308,
    });
    const result = trainer.step();
    expect(result).toEqual({ loss: 1, status: 'diverged' });
    expect(trainer.parameters()).toEqual(start);
    expect(trainer.stepCount).toBe(0);
    // a later finite step starts again from the restored parameters
    trainer.setParameters(start);
    expect(trainer.step().status).toBe('diverged');
    expect(trainer.parameters()).toEqual(start);
  });

  it('takes the update when it stays finite, then restores that state on the next overflow', () => {
    // η = 1e307: w = 1 − 2e307, b = −2e307 are finite; then ŷ = w + b and the next update overflow
    const start: NetworkParameters = [{ weights: [[1]], biases: [0] }];
    const trainer = createTrainer(probeSpec, start, [{ input: [1], target: [0] }], {
      ...frozen,
      learningRate: 1e307,
    });
    expect(trainer.step().status).toBe('ok');
    const afterFirst = trainer.parameters();
    expect(afterFirst[0]!.weights[0]![0]).toBe(1 - 1e307 * 2);
    expect(afterFirst[0]!.biases[0]).toBe(0 - 1e307 * 2);
    const second = trainer.step();
    expect(second.status).toBe('diverged');
    expect(trainer.parameters()).toEqual(afterFirst);
    expect(trainer.stepCount).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/core/errors';
import {
  COMPARED_LOSSES,
  crossEntropyGain,
  outputLoss,
  outputSlope,
  sigmoidSlope,
  type ComparedLoss,
} from '../../../../src/labs/loss-comparison/model/loss-comparison';
import {
  COMPARISON_EXAMPLES,
  DEFAULT_COMPARISON_CONFIG,
  comparisonSpec,
  comparisonStart,
  createComparisonTrainers,
  snapshotRun,
} from '../../../../src/labs/loss-comparison/model/loss-comparison-run';
import { traceExample } from '../../../../src/core/network/trace';

const LOGITS = [-12, -6, -2.5, -1, -0.3, 0, 0.4, 1.7, 3, 7, 11];
const TARGETS = [0, 1, 0.3];

/** σ′(z) = e^−z / (1 + e^−z)², written differently from σ(z)(1 − σ(z)). */
const slopeByExp = (z: number) => Math.exp(-z) / (1 + Math.exp(-z)) ** 2;

describe('outputSlope', () => {
  it('matches a central finite difference of ℓ(z) for every loss', () => {
    const h = 1e-5;
    for (const loss of COMPARED_LOSSES) {
      for (const z of LOGITS) {
        for (const y of TARGETS) {
          const numeric = (outputLoss(loss, z + h, y) - outputLoss(loss, z - h, y)) / (2 * h);
          const analytic = outputSlope(loss, z, y);
          expect(Math.abs(analytic - numeric)).toBeLessThan(1e-7 + 1e-6 * Math.abs(numeric));
        }
      }
    }
  });

  it('BCE over half squared error is 1/σ′(z): the factor BCE removes', () => {
    for (const z of LOGITS) {
      for (const y of [0, 1]) {
        const ratio =
          outputSlope('binaryCrossEntropy', z, y) / outputSlope('halfSquaredError', z, y);
        expect(ratio / (1 / slopeByExp(z))).toBeCloseTo(1, 9);
        expect(crossEntropyGain(z) * slopeByExp(z)).toBeCloseTo(1, 9);
      }
    }
  });

  it('squared error is twice the half squared error', () => {
    for (const z of LOGITS) {
      expect(outputSlope('squaredError', z, 0)).toBeCloseTo(
        2 * outputSlope('halfSquaredError', z, 0),
        14,
      );
    }
  });
});

describe('outputLoss', () => {
  it('is −[y log ŷ + (1 − y) log(1 − ŷ)] for BCE and ½(ŷ − y)² for MSE', () => {
    for (const z of [-4, -0.5, 0, 2, 5]) {
      const prediction = 1 / (1 + Math.exp(-z));
      for (const y of TARGETS) {
        const bce = -(y * Math.log(prediction) + (1 - y) * Math.log(1 - prediction));
        expect(outputLoss('binaryCrossEntropy', z, y)).toBeCloseTo(bce, 10);
        expect(outputLoss('halfSquaredError', z, y)).toBeCloseTo(0.5 * (prediction - y) ** 2, 12);
      }
    }
    expect(sigmoidSlope(0)).toBe(0.25);
  });

  it('rejects an unknown loss', () => {
    expect(() => outputLoss('softmaxCrossEntropy' as ComparedLoss, 0, 0)).toThrow(
      ConfigurationError,
    );
    expect(() => outputSlope('hinge' as ComparedLoss, 0, 0)).toThrow(ConfigurationError);
  });
});

describe('the comparison run', () => {
  it('starts both networks from the same parameters, so step 0 shows the same ŷ', () => {
    const trainers = createComparisonTrainers(DEFAULT_COMPARISON_CONFIG);
    expect(trainers.halfSquaredError.parameters()).toEqual(
      trainers.binaryCrossEntropy.parameters(),
    );
    const mse = snapshotRun(trainers.halfSquaredError, 'halfSquaredError', 0);
    const bce = snapshotRun(trainers.binaryCrossEntropy, 'binaryCrossEntropy', 0);
    expect(mse.z).toBe(bce.z);
    expect(bce.dLossDz / mse.dLossDz).toBeCloseTo(1 / slopeByExp(mse.z), 6);
  });

  it('reads ∂ℓ/∂z as the autodiff trace does', () => {
    const trainers = createComparisonTrainers({ ...DEFAULT_COMPARISON_CONFIG, saturated: false });
    for (let step = 0; step < 30; step++) {
      trainers.halfSquaredError.step();
      trainers.binaryCrossEntropy.step();
    }
    for (const loss of ['halfSquaredError', 'binaryCrossEntropy'] as const) {
      COMPARISON_EXAMPLES.forEach((example, index) => {
        const snapshot = snapshotRun(trainers[loss], loss, index);
        const trace = traceExample(comparisonSpec(loss), trainers[loss].parameters(), example);
        expect(snapshot.dLossDz).toBeCloseTo(trace.layers[1]!.dLossDz[0]!, 12);
        expect(snapshot.prediction).toBeCloseTo(trace.prediction[0]!, 14);
      });
    }
  });

  it('the saturated start pins ŷ near 1, where MSE crawls and BCE moves', () => {
    const config = { ...DEFAULT_COMPARISON_CONFIG, saturated: true };
    const trainers = createComparisonTrainers(config);
    const start = comparisonStart(config);
    for (const example of COMPARISON_EXAMPLES) {
      const trace = traceExample(comparisonSpec('halfSquaredError'), start, example);
      expect(trace.prediction[0]).toBeGreaterThan(0.98);
    }
    const first = {
      mse: trainers.halfSquaredError.evaluate(COMPARISON_EXAMPLES),
      bce: trainers.binaryCrossEntropy.evaluate(COMPARISON_EXAMPLES),
    };
    for (let step = 0; step < 200; step++) {
      trainers.halfSquaredError.step();
      trainers.binaryCrossEntropy.step();
    }
    const mseShare = trainers.halfSquaredError.evaluate(COMPARISON_EXAMPLES) / first.mse;
    const bceShare = trainers.binaryCrossEntropy.evaluate(COMPARISON_EXAMPLES) / first.bce;
    expect(bceShare).toBeLessThan(mseShare);
    expect(mseShare).toBeGreaterThan(0.9);
  });

  it('one step is full-batch gradient descent: θ − η·∇J, J the mean ℓ over all four examples', () => {
    const config = { ...DEFAULT_COMPARISON_CONFIG, saturated: false };
    const start = comparisonStart(config);
    const trainers = createComparisonTrainers(config);
    for (const loss of ['halfSquaredError', 'binaryCrossEntropy'] as const) {
      const spec = comparisonSpec(loss);
      const meanLoss = (parameters: typeof start) =>
        COMPARISON_EXAMPLES.reduce(
          (sum, example) => sum + traceExample(spec, parameters, example).loss,
          0,
        ) / COMPARISON_EXAMPLES.length;
      trainers[loss].step();
      const after = trainers[loss].parameters();
      const h = 1e-6;
      // every weight and bias: θ₁ = θ₀ − η·(J(θ₀ + h) − J(θ₀ − h))/2h
      const refs = start.flatMap((layer, l) => [
        ...layer.weights.flatMap((row, i) => row.map((_, j) => ({ l, i, j, bias: false }))),
        ...layer.biases.map((_, i) => ({ l, i, j: 0, bias: true })),
      ]);
      type Ref = (typeof refs)[number];
      const read = (parameters: typeof start, ref: Ref) =>
        ref.bias ? parameters[ref.l]!.biases[ref.i]! : parameters[ref.l]!.weights[ref.i]![ref.j]!;
      const shifted = (ref: Ref, delta: number) => {
        const copy = structuredClone(start);
        if (ref.bias) copy[ref.l]!.biases[ref.i]! += delta;
        else copy[ref.l]!.weights[ref.i]![ref.j]! += delta;
        return meanLoss(copy);
      };
      expect(refs).toHaveLength(17);
      for (const ref of refs) {
        const gradient = (shifted(ref, h) - shifted(ref, -h)) / (2 * h);
        expect(read(after, ref)).toBeCloseTo(read(start, ref) - config.learningRate * gradient, 7);
      }
    }
  });

  it('rejects a bad learning rate or example index', () => {
    expect(() => comparisonStart({ ...DEFAULT_COMPARISON_CONFIG, learningRate: 0 })).toThrow(
      ConfigurationError,
    );
    const trainers = createComparisonTrainers(DEFAULT_COMPARISON_CONFIG);
    expect(() => snapshotRun(trainers.halfSquaredError, 'halfSquaredError', 9)).toThrow(
      ConfigurationError,
    );
  });
});

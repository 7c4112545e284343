import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOSS_FUNCTIONS, logSumExp } from '../../../src/core/functions/losses';
import type { LossFunction } from '../../../src/core/functions/losses';
import { sigmoid } from '../../../src/core/scalar';
import {
  BINARY_CROSS_ENTROPY,
  HALF_SQUARED_ERROR,
  SOFTMAX_CROSS_ENTROPY,
  SQUARED_ERROR,
} from '../../../src/core/tape/loss-kernels';
import { LOSSES } from '../../../src/core/types';
import type { LossName } from '../../../src/core/types';
import { at } from '../indexing';
import { centralDifference, nearlyEqual } from './finite-difference';

/** ℓ from what the loss reads, through the table: total(Σ_k term_k, K). */
function lossOf({ term, total }: LossFunction, inputs: number[], targets: number[]): number {
  const shift = logSumExp(inputs);
  const termSum = inputs.reduce((sum, input, k) => sum + term(input, at(targets, k), shift), 0);
  return total(termSum, inputs.length);
}

/** ŷ from what the loss reads, written independently: a itself, σ(z), or softmax(z). */
function predictionOf(loss: LossName, inputs: number[]): number[] {
  if (loss === 'binaryCrossEntropy') return inputs.map(sigmoid);
  if (loss === 'softmaxCrossEntropy') {
    const maximum = Math.max(...inputs);
    const exponentials = inputs.map((z) => Math.exp(z - maximum));
    const total = exponentials.reduce((sum, e) => sum + e, 0);
    return exponentials.map((e) => e / total);
  }
  return inputs;
}

/** ℓ as a function of free predictions ŷ, written independently of the table. */
function lossOfPrediction(loss: LossName, predictions: number[], targets: number[]): number {
  const y = (k: number) => at(targets, k);
  const K = predictions.length;
  switch (loss) {
    case 'halfSquaredError':
      return 0.5 * predictions.reduce((sum, p, k) => sum + (p - y(k)) ** 2, 0);
    case 'squaredError':
      return predictions.reduce((sum, p, k) => sum + (p - y(k)) ** 2, 0) / K;
    case 'binaryCrossEntropy':
      return predictions.reduce(
        (sum, p, k) => sum - (y(k) * Math.log(p) + (1 - y(k)) * Math.log(1 - p)),
        0,
      );
    case 'softmaxCrossEntropy':
      return predictions.reduce((sum, p, k) => sum - y(k) * Math.log(p), 0);
  }
}

/** The vector with entry k replaced by x. */
const replaced = (vector: number[], k: number, x: number) =>
  vector.map((value, j) => (j === k ? x : value));

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const real = (bound: number) => fc.double({ min: -bound, max: bound, noNaN: true });
const vector = (K: number, entry: fc.Arbitrary<number>) =>
  fc.array(entry, { minLength: K, maxLength: K });

/**
 * What each loss reads, and the targets it takes: BCE has one unit, softmax at least two. `wide`
 * adds saturated logits (|z| up to 1000, or shifted by ±500); otherwise every ŷ_k stays in
 * (e^−8/K, 1 − e^−8), with room for a finite-difference step in ŷ.
 */
function examples(loss: LossName, wide: boolean) {
  switch (loss) {
    case 'halfSquaredError':
    case 'squaredError':
      return fc
        .integer({ min: 1, max: 4 })
        .chain((K) => fc.record({ inputs: vector(K, real(5)), targets: vector(K, real(5)) }));
    case 'binaryCrossEntropy':
      return fc.record({
        inputs: fc.tuple(wide ? fc.oneof(real(40), fc.constantFrom(-1000, 1000)) : real(8)),
        targets: fc.tuple(fc.oneof(unit, fc.constantFrom(0, 1))),
      });
    case 'softmaxCrossEntropy':
      return fc.integer({ min: 2, max: 4 }).chain((K) =>
        fc.record({
          inputs: fc
            .tuple(
              vector(K, real(wide ? 10 : 4)),
              fc.constantFrom(...(wide ? [0, -500, 500] : [0])),
            )
            .map(([logits, shift]) => logits.map((logit) => logit + shift)),
          targets: vector(K, unit),
        }),
      );
  }
}

describe('LOSS_FUNCTIONS', () => {
  it('has one entry per LossName, in the order of LOSSES (the tape codes)', () => {
    expect(Object.keys(LOSS_FUNCTIONS)).toEqual([...LOSSES]);
    expect([
      HALF_SQUARED_ERROR,
      SQUARED_ERROR,
      BINARY_CROSS_ENTROPY,
      SOFTMAX_CROSS_ENTROPY,
    ]).toEqual(LOSSES.map((_, index) => index));
  });

  it('reads the activations for the squared errors and the logits for the cross-entropies', () => {
    expect(LOSSES.map((loss) => LOSS_FUNCTIONS[loss].reads)).toEqual([
      'activation',
      'activation',
      'logit',
      'logit',
    ]);
  });

  it.each(LOSSES)('%s: gradient is the finite difference of the loss terms', (loss) => {
    const table = LOSS_FUNCTIONS[loss];
    fc.assert(
      fc.property(examples(loss, true), ({ inputs, targets }) => {
        const predictions = predictionOf(loss, inputs);
        const targetSum = targets.reduce((sum, y) => sum + y, 0);
        inputs.forEach((input, k) => {
          const analytic = table.gradient(
            at(predictions, k),
            at(targets, k),
            inputs.length,
            targetSum,
          );
          const numeric = centralDifference(
            (x) => lossOf(table, replaced(inputs, k, x), targets),
            input,
          );
          expect(nearlyEqual(analytic, numeric), `unit ${k} of ${inputs.join(', ')}`).toBe(true);
        });
      }),
      { seed: 13, numRuns: 200 },
    );
  });

  it.each(LOSSES)('%s: ℓ from the terms is ℓ of the prediction', (loss) => {
    fc.assert(
      fc.property(examples(loss, false), ({ inputs, targets }) => {
        const expected = lossOfPrediction(loss, predictionOf(loss, inputs), targets);
        expect(nearlyEqual(lossOf(LOSS_FUNCTIONS[loss], inputs, targets), expected, 1e-9)).toBe(
          true,
        );
      }),
      { seed: 17, numRuns: 200 },
    );
  });

  it.each(LOSSES)('%s: predictionSlope is ∂ℓ/∂ŷ with each ŷ_k free', (loss) => {
    const { predictionSlope, reads } = LOSS_FUNCTIONS[loss];
    fc.assert(
      fc.property(examples(loss, false), ({ inputs, targets }) => {
        const predictions = predictionOf(loss, inputs);
        const shift = logSumExp(inputs);
        predictions.forEach((prediction, k) => {
          const analytic = predictionSlope(at(inputs, k), at(targets, k), inputs.length, shift);
          // a cross-entropy's ŷ_k is a probability: keep ŷ_k ± step inside (0, 1)
          const step = reads === 'logit' ? 1e-6 * Math.min(prediction, 1 - prediction) : 1e-6;
          const numeric =
            (lossOfPrediction(loss, replaced(predictions, k, prediction + step), targets) -
              lossOfPrediction(loss, replaced(predictions, k, prediction - step), targets)) /
            (2 * step);
          expect(nearlyEqual(analytic, numeric, 1e-5), `unit ${k}`).toBe(true);
        });
      }),
      { seed: 19, numRuns: 200 },
    );
  });

  it('keeps the cross-entropies’ ∂ℓ/∂ŷ finite, and 0 where the target weight is 0', () => {
    const bce = LOSS_FUNCTIONS.binaryCrossEntropy.predictionSlope;
    expect(bce(1000, 0.5, 1, 1000)).toBe(Number.MAX_VALUE);
    expect(bce(-1000, 0.5, 1, -1000)).toBe(-Number.MAX_VALUE);
    expect(bce(1000, 1, 1, 1000)).toBe(-1); // 0·(1 + e^1000) = 0, not NaN
    expect(bce(-1000, 0, 1, -1000)).toBe(1);
    const softmax = LOSS_FUNCTIONS.softmaxCrossEntropy.predictionSlope;
    expect(softmax(-1000, 1, 2, 0)).toBe(-Number.MAX_VALUE);
    expect(Math.abs(softmax(-1000, 0, 2, 0))).toBe(0);
  });

  it('computes logsumexp without overflow', () => {
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.log(2), 12);
    expect(logSumExp([-1000, -1000])).toBeCloseTo(-1000 + Math.log(2), 12);
    expect(logSumExp([0, Math.log(3)])).toBeCloseTo(Math.log(4), 14);
  });
});

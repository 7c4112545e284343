import { softplus } from '../scalar';
import type { LossName } from '../types';

/**
 * One per-example loss ℓ = total(Σ_k t_k, K) over the K output units, as documented on LossName,
 * written unit by unit: the tape's loss kernels call these functions and the trace reads ∂ℓ/∂ŷ.
 * (The graph builds each ℓ from Value ops, so its gradients come from the autodiff.)
 */
export interface LossFunction {
  /** What ℓ reads at the output layer: the activations a = ŷ, or the logits z. */
  reads: 'activation' | 'logit';
  /** Unit k's term t_k, from what ℓ reads (a_k or z_k), y_k and logsumexp(z). */
  term(input: number, target: number, logSumExp: number): number;
  /** ℓ from the sum of the K = size terms. */
  total(termSum: number, size: number): number;
  /** ∂ℓ/∂(what ℓ reads)_k from the stored ŷ_k and y_k, with K = size and Σ_k y_k = targetSum. */
  gradient(prediction: number, target: number, size: number, targetSum: number): number;
  /** ∂ℓ/∂ŷ_k with each ŷ_k taken as free, from what ℓ reads, y_k, K and logsumexp(z); finite. */
  predictionSlope(input: number, target: number, size: number, logSumExp: number): number;
}

const clampToFinite = (x: number): number =>
  Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, x));
// c·f with the convention 0·f = 0, so a zero target weight never turns an overflowed f into NaN
const weighted = (coefficient: number, factor: number): number =>
  coefficient === 0 ? 0 : coefficient * factor;

/** log Σ_k e^{z_k} = m + log Σ_k e^{z_k − m} with m = max z, so no exponential overflows. */
export function logSumExp(logits: readonly number[]): number {
  const shift = Math.max(...logits);
  let total = 0;
  for (const logit of logits) total += Math.exp(logit - shift);
  return shift + Math.log(total);
}

/** (ŷ − y)², one unit's term of both squared errors. */
export function squaredErrorTerm(prediction: number, target: number): number {
  const error = prediction - target;
  return error * error;
}

/** ℓ = ½ Σ_k (ŷ_k − y_k)² from the sum of the terms. */
export function halfSquaredErrorTotal(termSum: number): number {
  return 0.5 * termSum;
}

/** ℓ = (1/K) Σ_k (ŷ_k − y_k)² from the sum of the terms. */
export function squaredErrorTotal(termSum: number, size: number): number {
  return termSum / size;
}

/** ℓ = Σ_k t_k: a cross-entropy sums its terms. */
export function crossEntropyTotal(termSum: number): number {
  return termSum;
}

/** ŷ − y: ∂ℓ/∂ŷ of ½Σ(ŷ − y)², and ∂ℓ/∂z of the binary cross-entropy with ŷ = σ(z). */
export function predictionError(prediction: number, target: number): number {
  return prediction - target;
}

/** ∂ℓ/∂ŷ_k = 2(ŷ_k − y_k)/K for ℓ = (1/K) Σ (ŷ − y)². */
export function squaredErrorGradient(prediction: number, target: number, size: number): number {
  return (2 / size) * (prediction - target);
}

/** −[y log σ(z) + (1 − y) log(1 − σ(z))] = y·softplus(−z) + (1 − y)·softplus(z), from the logit z. */
export function binaryCrossEntropyTerm(logit: number, target: number): number {
  return target * softplus(-logit) + (1 - target) * softplus(logit);
}

/** ∂ℓ/∂ŷ = −y/ŷ + (1 − y)/(1 − ŷ) = −y(1 + e^−z) + (1 − y)(1 + e^z), with ŷ = σ(z); finite. */
export function binaryCrossEntropyPredictionSlope(logit: number, target: number): number {
  return clampToFinite(
    -weighted(target, 1 + Math.exp(-logit)) + weighted(1 - target, 1 + Math.exp(logit)),
  );
}

/** −y_k log softmax(z)_k = y_k·(logsumexp(z) − z_k). */
export function softmaxCrossEntropyTerm(logit: number, target: number, logSumExp: number): number {
  return target * (logSumExp - logit);
}

/** ∂ℓ/∂z_k = softmax(z)_k·Σ_j y_j − y_k, from the stored ŷ_k = softmax(z)_k. */
export function softmaxCrossEntropyGradient(
  prediction: number,
  target: number,
  targetSum: number,
): number {
  return prediction * targetSum - target;
}

/** ∂ℓ/∂ŷ_k = −y_k/ŷ_k = −y_k·e^(logsumexp(z) − z_k), with ŷ = softmax(z); finite. */
export function softmaxCrossEntropyPredictionSlope(
  logit: number,
  target: number,
  logSumExp: number,
): number {
  return clampToFinite(-weighted(target, Math.exp(logSumExp - logit)));
}

/** Every loss, unit by unit: the one copy of these formulas outside the graph's op-built losses. */
export const LOSS_FUNCTIONS: Readonly<Record<LossName, LossFunction>> = {
  halfSquaredError: {
    reads: 'activation',
    term: squaredErrorTerm,
    total: halfSquaredErrorTotal,
    gradient: predictionError,
    predictionSlope: predictionError, // ℓ reads ŷ itself
  },
  squaredError: {
    reads: 'activation',
    term: squaredErrorTerm,
    total: squaredErrorTotal,
    gradient: squaredErrorGradient,
    predictionSlope: squaredErrorGradient, // ℓ reads ŷ itself
  },
  binaryCrossEntropy: {
    reads: 'logit',
    term: binaryCrossEntropyTerm,
    total: crossEntropyTotal,
    gradient: predictionError,
    predictionSlope: binaryCrossEntropyPredictionSlope,
  },
  softmaxCrossEntropy: {
    reads: 'logit',
    term: softmaxCrossEntropyTerm,
    total: crossEntropyTotal,
    gradient: (prediction, target, _size, targetSum) =>
      softmaxCrossEntropyGradient(prediction, target, targetSum),
    predictionSlope: (logit, target, _size, shift) =>
      softmaxCrossEntropyPredictionSlope(logit, target, shift),
  },
};

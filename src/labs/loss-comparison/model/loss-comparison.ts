import { ConfigurationError } from '../../../core/errors';
import { sigmoid, softplus } from '../../../core/scalar';

/** The per-example losses compared on one sigmoid output ŷ = σ(z) with target y. */
export const COMPARED_LOSSES = ['halfSquaredError', 'squaredError', 'binaryCrossEntropy'] as const;
export type ComparedLoss = (typeof COMPARED_LOSSES)[number];

function requireLoss(loss: ComparedLoss): void {
  if (!(COMPARED_LOSSES as readonly string[]).includes(loss)) {
    throw new ConfigurationError('loss', `unknown loss '${String(loss)}'`);
  }
}

/** σ′(z) = σ(z)(1 − σ(z)) ≤ ¼: the slope of the output sigmoid. */
export function sigmoidSlope(z: number): number {
  const prediction = sigmoid(z);
  return prediction * (1 - prediction);
}

/**
 * ℓ as a function of the output logit z:
 * halfSquaredError ½(σ(z) − y)², squaredError (σ(z) − y)², and
 * binaryCrossEntropy −[y log σ(z) + (1 − y) log(1 − σ(z))] = softplus(z) − y·z (stable for large |z|).
 */
export function outputLoss(loss: ComparedLoss, z: number, target: number): number {
  requireLoss(loss);
  if (loss === 'binaryCrossEntropy') return softplus(z) - target * z;
  const error = sigmoid(z) - target;
  return loss === 'halfSquaredError' ? 0.5 * error * error : error * error;
}

/**
 * ∂ℓ/∂z at the output: halfSquaredError (ŷ − y)·σ′(z), squaredError 2(ŷ − y)·σ′(z), and
 * binaryCrossEntropy ŷ − y — the σ′(z) factor cancels against the log's 1/(ŷ(1 − ŷ)).
 */
export function outputSlope(loss: ComparedLoss, z: number, target: number): number {
  requireLoss(loss);
  const prediction = sigmoid(z);
  const error = prediction - target;
  if (loss === 'binaryCrossEntropy') return error;
  const slope = prediction * (1 - prediction);
  return loss === 'halfSquaredError' ? error * slope : 2 * error * slope;
}

/** The signal BCE sends back for every unit MSE (½ squared error) sends: 1/σ′(z) ≥ 4. */
export function crossEntropyGain(z: number): number {
  return 1 / sigmoidSlope(z);
}

import type { Value } from '../autodiff/value';
import type { Example, LossName, NetworkParameters, NetworkSpec } from '../types';
import { buildGraph } from './graph-network';

/** One layer's forward values and backward gradients for one example. */
export interface LayerTrace {
  /** Pre-activations z_i = Σ_j w_ij·x_j + b_i. */
  z: number[];
  /** Activations a_i = g(z_i). */
  a: number[];
  /** ∂ℓ/∂z_i, exact from the graph. */
  dLossDz: number[];
  /** ∂ℓ/∂a_i; for a cross-entropy output layer, ∂ℓ/∂ŷ_i taken analytically (see outputSlope). */
  dLossDa: number[];
  /** ∂ℓ/∂w_ij = (input j of this layer)·∂ℓ/∂z_i. */
  dLossDWeights: number[][];
  /** ∂ℓ/∂b_i = ∂ℓ/∂z_i. */
  dLossDBiases: number[];
}

/** Everything the diagram and the live equations show for one example: plain, serialisable numbers. */
export interface NetworkTrace {
  input: number[];
  target: number[];
  layers: LayerTrace[];
  /** ŷ: the output activations (softmax(z) for softmaxCrossEntropy). */
  prediction: number[];
  /** ℓ for this example. */
  loss: number;
  /** ∂ℓ/∂x_j. */
  dLossDInput: number[];
}

const values = (nodes: readonly Value[]): number[] => nodes.map((node) => node.data);
const grads = (nodes: readonly Value[]): number[] => nodes.map((node) => node.grad);
const clampToFinite = (x: number): number =>
  Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, x));
// c·f with the convention 0·f = 0, so a zero target weight never turns an overflowed f into NaN
const weighted = (coefficient: number, factor: number): number =>
  coefficient === 0 ? 0 : coefficient * factor;

/**
 * ∂ℓ/∂ŷ for a cross-entropy computed from the logits z (the graph computes ℓ from z, so ŷ is not on
 * its path). BCE: −y/ŷ + (1 − y)/(1 − ŷ) = −y(1 + e^−z) + (1 − y)(1 + e^z). Softmax, treating each
 * ŷ_k as free: −y_k/ŷ_k = −y_k·e^(logsumexp(z) − z_k). Clamped to ±MAX_VALUE where it overflows.
 */
function outputSlope(loss: LossName, z: readonly number[], target: readonly number[]): number[] {
  if (loss === 'binaryCrossEntropy') {
    const [logit] = z;
    const [y] = target;
    if (logit === undefined || y === undefined) {
      throw new Error('outputSlope: binaryCrossEntropy needs one logit and one target');
    }
    return [
      clampToFinite(-weighted(y, 1 + Math.exp(-logit)) + weighted(1 - y, 1 + Math.exp(logit))),
    ];
  }
  const shift = Math.max(...z);
  const logSumExp =
    shift + Math.log(z.reduce((total, logit) => total + Math.exp(logit - shift), 0));
  // target has one entry per logit (validateExample, run by buildGraph)
  return z.map((logit, k) => clampToFinite(-weighted(target[k]!, Math.exp(logSumExp - logit))));
}

/**
 * Forward and backward pass for one example, read from the autodiff graph: every z, a, ∂ℓ/∂z,
 * ∂ℓ/∂a, ∂ℓ/∂w, ∂ℓ/∂b and ∂ℓ/∂x. Throws ConfigurationError for an invalid spec, parameters or example.
 */
export function traceExample(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  example: Example,
): NetworkTrace {
  const graph = buildGraph(spec, parameters, example);
  graph.loss.backward();
  const outputIndex = spec.layers.length - 1;
  const crossEntropy = spec.loss === 'binaryCrossEntropy' || spec.loss === 'softmaxCrossEntropy';
  const layers = graph.layers.map((layer, l): LayerTrace => {
    const z = values(layer.z);
    // one ParameterNodes per layer: buildGraph validated the parameters against the spec
    const { weights, biases } = graph.parameters[l]!;
    return {
      z,
      a: values(layer.a),
      dLossDz: grads(layer.z),
      dLossDa:
        crossEntropy && l === outputIndex
          ? outputSlope(spec.loss, z, example.target)
          : grads(layer.a),
      dLossDWeights: weights.map(grads),
      dLossDBiases: grads(biases),
    };
  });
  return {
    input: [...example.input],
    target: [...example.target],
    layers,
    prediction: values(graph.prediction),
    loss: graph.loss.data,
    dLossDInput: grads(graph.input),
  };
}

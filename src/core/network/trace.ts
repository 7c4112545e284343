import type { Value } from '../autodiff/value';
import { LOSS_FUNCTIONS, logSumExp } from '../functions/losses';
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

/**
 * ∂ℓ/∂ŷ for a cross-entropy computed from the logits z (the graph computes ℓ from z, so ŷ is not on
 * its path), from the loss's predictionSlope: finite, and 0 where the target weight is 0.
 */
function outputSlope(loss: LossName, z: readonly number[], target: readonly number[]): number[] {
  const { predictionSlope } = LOSS_FUNCTIONS[loss];
  const shift = logSumExp(z);
  // target has one entry per logit (validateExample, run by buildGraph)
  return z.map((logit, k) => predictionSlope(logit, target[k]!, z.length, shift));
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
  const crossEntropy = LOSS_FUNCTIONS[spec.loss].reads === 'logit';
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

import { Value, constant, sum } from '../autodiff/value';
import { ConfigurationError } from '../errors';
import type { ActivationName, Example, LossName, NetworkParameters, NetworkSpec } from '../types';
import { validateExample, validateParameters, validateSpec } from './validate';

/** One layer's parameters as leaf nodes: weights[i][j] multiplies input j into neuron i. */
export interface ParameterNodes {
  weights: Value[][];
  biases: Value[];
}

/** One layer's nodes: pre-activations z and activations a = g(z) (the same nodes when g is linear). */
export interface LayerNodes {
  z: Value[];
  a: Value[];
}

/** A whole network applied to one example, ready for loss.backward(). */
export interface NetworkGraph {
  parameters: ParameterNodes[];
  layers: LayerNodes[];
  /** ŷ: the output activations, or softmax(z); off the loss path for the cross-entropies. */
  prediction: Value[];
  /** ℓ, the per-example loss. */
  loss: Value;
  /** The input x as constants; after backward their grads are ∂ℓ/∂x. */
  input: Value[];
  /** The target y as constants. */
  target: Value[];
}

/** Wraps every parameter in a leaf node labelled w[l][i][j] or b[l][i]. */
export function parameterNodes(parameters: NetworkParameters): ParameterNodes[] {
  return parameters.map((layer, l) => ({
    weights: layer.weights.map((row, i) =>
      row.map((w, j) => new Value(w, [], 'leaf', `w[${l}][${i}][${j}]`)),
    ),
    biases: layer.biases.map((b, i) => new Value(b, [], 'leaf', `b[${l}][${i}]`)),
  }));
}

/** a = g(z) from Value ops, so g′ comes from the autodiff. */
function activate(z: Value, activation: ActivationName): Value {
  switch (activation) {
    case 'sigmoid':
      return z.sigmoid();
    case 'tanh':
      return z.tanh();
    case 'relu':
      return z.relu();
    case 'leakyRelu':
      return z.leakyRelu();
    case 'linear':
      return z;
  }
}

/**
 * ℓ and ŷ from the output layer's z and a, as documented on LossName. `target` has one node per
 * output neuron (validateExample), and a binaryCrossEntropy output has one neuron (validateSpec),
 * so every target[k]!, z[0]! and target[0]! below exists.
 */
function lossAndPrediction(
  loss: LossName,
  output: LayerNodes,
  target: Value[],
): { loss: Value; prediction: Value[] } {
  const { z, a } = output;
  switch (loss) {
    case 'halfSquaredError': // ℓ = ½ Σ (ŷ − y)²
      return {
        loss: sum(a.map((yHat, k) => yHat.sub(target[k]!).square())).mul(0.5),
        prediction: a,
      };
    case 'squaredError': // ℓ = (1/K) Σ (ŷ − y)²
      return {
        loss: sum(a.map((yHat, k) => yHat.sub(target[k]!).square())).mul(1 / a.length),
        prediction: a,
      };
    case 'binaryCrossEntropy': // ℓ = softplus(z) − y·z = −[y log σ(z) + (1 − y) log(1 − σ(z))]
      return { loss: z[0]!.softplus().sub(target[0]!.mul(z[0]!)), prediction: a };
    case 'softmaxCrossEntropy': {
      // logsumexp(z) = m + log Σ e^(z − m) for every m, so m = max z may be held constant
      const shift = constant(Math.max(...z.map((logit) => logit.data)), 'max z');
      const exponentials = z.map((logit) => logit.sub(shift).exp());
      const total = sum(exponentials);
      const logSumExp = total.log().add(shift);
      logSumExp.label = 'logsumexp(z)';
      // ℓ = −Σ y_k log softmax(z)_k = Σ y_k·(logsumexp(z) − z_k)
      const loss = sum(z.map((logit, k) => target[k]!.mul(logSumExp.sub(logit))));
      const prediction = exponentials.map((exponential) => exponential.mul(total.pow(-1))); // softmax(z)
      return { loss, prediction };
    }
  }
}

/** Forward pass over shared parameter nodes; does not validate. */
function forward(spec: NetworkSpec, parameters: ParameterNodes[], example: Example): NetworkGraph {
  const input = example.input.map((x, j) => constant(x, `x[${j}]`));
  const target = example.target.map((y, k) => constant(y, `y[${k}]`));
  const layers: LayerNodes[] = [];
  let previous = input;
  // validated by the callers: one ParameterNodes per layer, `size` rows of fan-in weights and
  // `size` biases, and `previous` holds the fan-in values (x, then the last layer's a)
  spec.layers.forEach((layer, l) => {
    const { weights, biases } = parameters[l]!;
    // z_i = Σ_j w_ij·x_j + b_i
    const z = weights.map((row, i) => sum([...row.map((w, j) => w.mul(previous[j]!)), biases[i]!]));
    const a = z.map((node) => activate(node, layer.activation));
    z.forEach((node, i) => (node.label = `z[${l}][${i}]`));
    a.forEach((node, i) => {
      if (node !== z[i]) node.label = `a[${l}][${i}]`;
    });
    layers.push({ z, a });
    previous = a;
  });
  const output = layers.at(-1);
  if (output === undefined) {
    throw new Error('forward: no layers (validateSpec rejects such a spec)');
  }
  const { loss, prediction } = lossAndPrediction(spec.loss, output, target);
  loss.label = 'ℓ';
  return { parameters, layers, prediction, loss, input, target };
}

/** Builds the graph of ℓ for one example; call graph.loss.backward() to fill every node's ∂ℓ/∂node. */
export function buildGraph(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  example: Example,
): NetworkGraph {
  validateSpec(spec);
  validateParameters(spec, parameters);
  validateExample(spec, example);
  return forward(spec, parameterNodes(parameters), example);
}

/**
 * The batch loss J = (1/m) Σ ℓ and ∂J/∂θ for every weight and bias θ (same shape as `parameters`),
 * by building a fresh graph and running backward: the slow "rebuild every step" engine.
 */
export function graphGradients(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  examples: Example[],
): { loss: number; gradients: NetworkParameters } {
  validateSpec(spec);
  validateParameters(spec, parameters);
  if (examples.length === 0) {
    throw new ConfigurationError('examples', 'a batch needs at least one example');
  }
  for (const example of examples) validateExample(spec, example);
  const nodes = parameterNodes(parameters);
  const losses = examples.map((example) => forward(spec, nodes, example).loss);
  const meanLoss = sum(losses).mul(1 / examples.length); // J = (1/m) Σ ℓ
  meanLoss.label = 'J';
  meanLoss.backward();
  const gradients = nodes.map((layer) => ({
    weights: layer.weights.map((row) => row.map((w) => w.grad)),
    biases: layer.biases.map((b) => b.grad),
  }));
  return { loss: meanLoss.data, gradients };
}

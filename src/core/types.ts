/** Activation functions a layer can apply element-wise to its pre-activations z. */
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'linear'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

/**
 * Per-example losses. A batch's loss J is the mean of the per-example losses ℓ.
 * - halfSquaredError: ℓ = ½ Σ_k (ŷ_k − y_k)², the lesson's L = ½(y − ŷ)².
 * - squaredError: ℓ = (1/K) Σ_k (ŷ_k − y_k)², so J is the mean squared error (MSE).
 * - binaryCrossEntropy: ℓ = −[y log ŷ + (1 − y) log(1 − ŷ)] with ŷ = σ(z), computed from the logit z.
 * - softmaxCrossEntropy: ℓ = −Σ_k y_k log softmax(z)_k, computed from the logits z.
 */
export const LOSSES = [
  'halfSquaredError',
  'squaredError',
  'binaryCrossEntropy',
  'softmaxCrossEntropy',
] as const;
export type LossName = (typeof LOSSES)[number];

/** One dense layer: `size` neurons, each a = g(z) with z = Σ_j w_j·x_j + b. */
export interface LayerSpec {
  size: number;
  activation: ActivationName;
}

/**
 * A fully connected network. `layers` lists the hidden layers then the output layer.
 * The lesson's 2–2–1 net is { inputSize: 2, layers: [{size: 2, activation: g}, {size: 1, activation: 'sigmoid'}] }.
 */
export interface NetworkSpec {
  inputSize: number;
  layers: LayerSpec[];
  loss: LossName;
}

/** Parameters of one layer: weights[i][j] multiplies input j into neuron i; biases[i] is neuron i's bias. */
export interface LayerParameters {
  weights: number[][];
  biases: number[];
}

/** Plain, serialisable parameters of a whole network, one entry per layer. */
export type NetworkParameters = LayerParameters[];

/** One training example. */
export interface Example {
  input: number[];
  target: number[];
}

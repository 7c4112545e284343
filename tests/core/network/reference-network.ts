import type {
  ActivationName,
  Example,
  NetworkParameters,
  NetworkSpec,
} from '../../../src/core/types';
import { at } from '../indexing';

/** An independent plain-number forward pass, the oracle for finite differences. */

const LEAKY = 0.01;

export function activation(name: ActivationName, z: number): number {
  switch (name) {
    case 'sigmoid':
      return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    case 'tanh':
      return Math.tanh(z);
    case 'relu':
      return Math.max(z, 0);
    case 'leakyRelu':
      return z > 0 ? z : LEAKY * z;
    case 'linear':
      return z;
  }
}

/** g′(z), with the convention slope(0) = the left slope. */
export function activationSlope(name: ActivationName, z: number): number {
  const a = activation(name, z);
  switch (name) {
    case 'sigmoid':
      return a * (1 - a);
    case 'tanh':
      return 1 - a * a;
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'leakyRelu':
      return z > 0 ? 1 : LEAKY;
    case 'linear':
      return 1;
  }
}

export function referenceForward(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  input: number[],
): { z: number[][]; a: number[][] } {
  const zs: number[][] = [];
  const as: number[][] = [];
  let previous = input;
  spec.layers.forEach((layer, l) => {
    const { weights, biases } = at(parameters, l);
    const z = weights.map((row, i) =>
      row.reduce((total, w, j) => total + w * at(previous, j), at(biases, i)),
    );
    const a = z.map((value) => activation(layer.activation, value));
    zs.push(z);
    as.push(a);
    previous = a;
  });
  return { z: zs, a: as };
}

const softplus = (z: number) => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));

/** ℓ for one example, straight from the formulas documented on LossName. */
export function referenceLoss(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  example: Example,
): number {
  const { z, a } = referenceForward(spec, parameters, example.input);
  const logits = at(z, z.length - 1);
  const output = at(a, a.length - 1);
  const y = example.target;
  const squares = output.reduce((total, yHat, k) => total + (yHat - at(y, k)) ** 2, 0);
  switch (spec.loss) {
    case 'halfSquaredError':
      return 0.5 * squares;
    case 'squaredError':
      return squares / output.length;
    case 'binaryCrossEntropy':
      return softplus(at(logits, 0)) - at(y, 0) * at(logits, 0);
    case 'softmaxCrossEntropy': {
      const max = Math.max(...logits);
      const logSumExp = max + Math.log(logits.reduce((total, v) => total + Math.exp(v - max), 0));
      return logits.reduce((total, v, k) => total - at(y, k) * (v - logSumExp), 0);
    }
  }
}

export function referenceMeanLoss(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  examples: Example[],
): number {
  return (
    examples.reduce((total, example) => total + referenceLoss(spec, parameters, example), 0) /
    examples.length
  );
}

/** (f(θ + h) − f(θ − h)) / 2h for one number held in `holder[index]`, restored afterwards. */
export function centralDifference(
  holder: number[],
  index: number,
  f: () => number,
  step = 1e-5,
): number {
  const original = at(holder, index);
  holder[index] = original + step;
  const above = f();
  holder[index] = original - step;
  const below = f();
  holder[index] = original;
  return (above - below) / (2 * step);
}

/** |analytic − numeric| ≤ tolerance · max(1, |analytic|, |numeric|). */
export function gradientsAgree(analytic: number, numeric: number, tolerance = 1e-6): boolean {
  const scale = Math.max(1, Math.abs(analytic), Math.abs(numeric));
  return Math.abs(analytic - numeric) <= tolerance * scale;
}

import { flattenParameters } from '../../core/network/parameters';
import { compileNetwork } from '../../core/tape/tape';
import type { Example, NetworkParameters, NetworkSpec } from '../../core/types';

/** What the challenges read of the network as it stands: J(θ) and ŷ for every example. */
export interface NetworkMeasure {
  /** J(θ) = (1/m) Σ ℓ(x⁽ᵏ⁾, y⁽ᵏ⁾; θ), the mean loss the exercise calls its error; NaN on overflow. */
  error: number;
  /** ŷ⁽ᵏ⁾ for each example, in order. */
  predictions: number[];
  /** y⁽ᵏ⁾ for each example, in order. */
  targets: number[];
}

/** J(θ) and every prediction at `parameters`, one forward pass per example on a compiled tape. */
export function measureNetwork(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  examples: readonly Example[],
): NetworkMeasure {
  const tape = compileNetwork(spec);
  tape.parameters.set(flattenParameters(spec, parameters));
  let total = 0;
  const predictions: number[] = [];
  for (const example of examples) {
    total += tape.forward(example.input, example.target);
    predictions.push(tape.prediction[0] ?? Number.NaN);
  }
  const error = examples.length === 0 ? Number.NaN : total / examples.length;
  return {
    error: Number.isFinite(error) ? error : Number.NaN,
    predictions,
    targets: examples.map((example) => example.target[0] ?? Number.NaN),
  };
}

import type { ExerciseSession } from '../../../core/exercise/session';
import type { ActivationName } from '../../../core/types';
import { neuronValues } from './diagram-values';

/** The interval a bar spans, from `low` at its left end to `high` at its right. */
export interface BarRange {
  low: number;
  high: number;
}

/** A bar's filled part, as shares of its length from the left (start ≤ end, both in [0, 1]). */
export interface BarSpan {
  start: number;
  end: number;
}

/** Activations with no bound above: their bar is scaled to the largest |a| on show. */
const UNBOUNDED: ReadonlySet<ActivationName> = new Set(['relu', 'leakyRelu', 'linear']);

/**
 * The range of a neuron's bar: σ(z) ∈ (0, 1), tanh(z) ∈ (−1, 1); ReLU in [0, largest], and the
 * activations that can go negative (leaky ReLU, linear) in [−largest, largest].
 */
export function activationRange(activation: ActivationName, largest: number): BarRange {
  switch (activation) {
    case 'sigmoid':
      return { low: 0, high: 1 };
    case 'tanh':
      return { low: -1, high: 1 };
    case 'relu':
      return { low: 0, high: largest };
    case 'leakyRelu':
    case 'linear':
      return { low: -largest, high: largest };
  }
}

/** The bar from 0 (or the range's end nearest it) to `value`, clamped to the range. */
export function barSpan(value: number, { low, high }: BarRange): BarSpan {
  if (!(high > low) || !Number.isFinite(value)) return { start: 0, end: 0 };
  const share = (x: number) => Math.min(1, Math.max(0, (x - low) / (high - low)));
  const zero = share(0);
  const point = share(value);
  return { start: Math.min(zero, point), end: Math.max(zero, point) };
}

/** The largest |a| among the computed neurons with an unbounded activation (0 when none). */
export function largestUnboundedActivation(session: ExerciseSession): number {
  let largest = 0;
  session.spec.layers.forEach((layer, index) => {
    if (!UNBOUNDED.has(layer.activation)) return;
    for (let row = 0; row < layer.size; row++) {
      const a = neuronValues(session, index, row).a;
      if (a !== undefined && Number.isFinite(a)) largest = Math.max(largest, Math.abs(a));
    }
  });
  return largest;
}

/** The loss bar's range: 0 to the largest loss recorded or shown, so the bar shrinks as it trains. */
export function lossRange(loss: number, recorded: readonly number[]): BarRange {
  const high = recorded.reduce(
    (most, value) => (Number.isFinite(value) ? Math.max(most, value) : most),
    Number.isFinite(loss) ? loss : 0,
  );
  return { low: 0, high };
}

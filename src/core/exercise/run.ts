import { ConfigurationError } from '../errors';
import { flattenParameters, unflattenParameters } from '../network/parameters';
import { compileNetwork, type Tape } from '../tape/tape';
import { createOptimizer } from '../training/optimizers';
import type { Example, NetworkParameters, NetworkSpec } from '../types';
import { appendLosses, type LossHistory } from './loss-history';
import type { ExerciseSession } from './session';

/** True when every value of the last forward pass (z, a, ŷ) is finite. */
function forwardIsFinite(tape: Tape): boolean {
  const values = tape.values;
  for (let index = 0; index < values.length; index++) {
    if (!Number.isFinite(values[index])) return false;
  }
  return true;
}

/**
 * J(θ) = (1/m) Σ ℓ(x⁽ᵏ⁾, y⁽ᵏ⁾; θ), the mean loss over all examples, on a compiled tape; NaN when
 * any intermediate value overflows (a loss can stay finite while z_o = −∞).
 */
function meanLoss(tape: Tape, examples: Example[]): number {
  let total = 0;
  for (const example of examples) {
    total += tape.forward(example.input, example.target);
    if (!forwardIsFinite(tape)) return Number.NaN;
  }
  return total / examples.length;
}

/** The mean loss over all examples at the given parameters. */
export function datasetLoss(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  examples: Example[],
): number {
  const tape = compileNetwork(spec);
  tape.parameters.set(flattenParameters(spec, parameters));
  return meanLoss(tape, examples);
}

/** The history with J(θ_t) recorded for the session's iteration t, unless t is already recorded. */
export function recordIterationLoss(history: LossHistory, session: ExerciseSession): LossHistory {
  const last = history.iterations[history.iterations.length - 1];
  if (last !== undefined && last >= session.iteration) return history;
  return appendLosses(history, session.iteration, [
    datasetLoss(session.spec, session.parameters, session.examples),
  ]);
}

export interface RunResult {
  /** The parameters after the last finite update. */
  parameters: NetworkParameters;
  /** J(θ_t) at the start of each iteration run (one more than `iterations` when stopped at the target). */
  losses: Float64Array;
  /** Updates made. */
  iterations: number;
  stoppedAtTarget: boolean;
  status: 'ok' | 'diverged';
}

/**
 * Up to `count` iterations of the exercise's training: each computes J(θ) over all examples,
 * stops if J ≤ targetLoss, then takes one gradient step θ ← θ − η·∇ℓ on the next example in order.
 * A step that makes any parameter non-finite is undone and the run ends as 'diverged'.
 */
export function runIterations(
  spec: NetworkSpec,
  examples: Example[],
  parameters: NetworkParameters,
  learningRate: number,
  count: number,
  firstExampleIndex: number,
  targetLoss = Number.NEGATIVE_INFINITY,
): RunResult {
  const tape = compileNetwork(spec);
  const theta = tape.parameters;
  const gradients = tape.gradients;
  theta.set(flattenParameters(spec, parameters));
  const backup = new Float64Array(theta.length);
  const sgd = createOptimizer({ name: 'sgd' }, theta.length);
  const losses = new Float64Array(Math.max(0, count));
  let iterations = 0;
  let stoppedAtTarget = false;
  let status: RunResult['status'] = 'ok';
  for (; iterations < count; iterations++) {
    const loss = meanLoss(tape, examples);
    losses[iterations] = loss;
    if (!Number.isFinite(loss)) {
      // the last step overflowed the loss: undo it, so the run ends on finite values
      if (iterations > 0) {
        theta.set(backup);
        iterations--;
      }
      status = 'diverged';
      break;
    }
    if (loss <= targetLoss) {
      stoppedAtTarget = true;
      break;
    }
    // examples is not empty here (an empty set makes meanLoss NaN, which stopped the loop above)
    const example = examples[(firstExampleIndex + iterations) % examples.length];
    if (example === undefined) {
      throw new ConfigurationError('firstExampleIndex', 'must be a whole number ≥ 0');
    }
    backup.set(theta);
    tape.zeroGradients();
    tape.forward(example.input, example.target);
    tape.backward();
    sgd.update(theta, gradients, learningRate);
    if (!theta.every(Number.isFinite)) {
      theta.set(backup);
      status = 'diverged';
      break;
    }
  }
  const recorded = iterations + (stoppedAtTarget ? 1 : 0);
  return {
    parameters: unflattenParameters(spec, theta),
    losses: losses.subarray(0, Math.min(recorded, losses.length)),
    iterations,
    stoppedAtTarget,
    status,
  };
}

import { ConfigurationError } from '../errors';
import type { NetworkTrace } from '../network/trace';
import { flattenParameters, unflattenParameters } from '../network/parameters';
import { traceExample } from '../network/trace';
import { gradientStep } from '../training/optimizers';
import type { Example, NetworkParameters, NetworkSpec } from '../types';
import type { Phase } from './phases';
import { phaseAfter } from './phases';

/**
 * One learner's step-by-step backpropagation, as plain data. Each iteration takes one example
 * (cycling through the data in order, as the lesson's pseudocode does), runs it forward, computes
 * the loss, runs backward, and updates every parameter by gradient descent.
 */
export interface ExerciseSession {
  spec: NetworkSpec;
  examples: Example[];
  /** The parameters the current iteration started from (the backward pass uses these). */
  parameters: NetworkParameters;
  /** Updates completed so far. */
  iteration: number;
  /** Index into `examples` of the current iteration's example. */
  exampleIndex: number;
  phase: Phase;
  /** Forward and backward values of the current example through `parameters`; `phase` says which are shown. */
  trace: NetworkTrace;
  /** θ − η·∇ℓ(θ), known from the 'update' phase on; null before. */
  updatedParameters: NetworkParameters | null;
  /** The η the update uses. */
  learningRate: number;
  /** 'diverged' when the next update would leave a parameter or the loss non-finite. */
  status: 'ok' | 'diverged';
}

/** True when every number in the nested arrays is finite. */
export function allFinite(values: NetworkParameters): boolean {
  return values.every(
    (layer) =>
      layer.biases.every(Number.isFinite) &&
      layer.weights.every((row) => row.every(Number.isFinite)),
  );
}

/**
 * θ − η·g as new nested arrays: the gradient-descent update, by the same rule the fast engine
 * trains with (gradientStep). Throws ConfigurationError when either shape does not fit `spec`.
 */
export function descend(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  gradients: NetworkParameters,
  learningRate: number,
): NetworkParameters {
  const theta = flattenParameters(spec, parameters);
  gradientStep(theta, flattenParameters(spec, gradients), learningRate);
  return unflattenParameters(spec, theta);
}

/** The trace's parameter gradients ∂ℓ/∂W, ∂ℓ/∂b in the same shape as the parameters. */
export function traceGradients(trace: NetworkTrace): NetworkParameters {
  return trace.layers.map((layer) => ({
    weights: layer.dLossDWeights,
    biases: layer.dLossDBiases,
  }));
}

function traceIsFinite(trace: NetworkTrace): boolean {
  return (
    Number.isFinite(trace.loss) &&
    allFinite(traceGradients(trace)) &&
    trace.layers.every(
      (layer) =>
        layer.z.every(Number.isFinite) &&
        layer.a.every(Number.isFinite) &&
        layer.dLossDz.every(Number.isFinite) &&
        layer.dLossDa.every(Number.isFinite),
    )
  );
}

/** A session at the start of an iteration, before its forward pass. */
export function startSession(
  spec: NetworkSpec,
  examples: Example[],
  parameters: NetworkParameters,
  learningRate: number,
  iteration = 0,
  exampleIndex = 0,
): ExerciseSession {
  const index = examples.length > 0 ? exampleIndex % examples.length : 0;
  const example = examples[index];
  if (example === undefined) {
    // no examples, or an index that is negative or not a whole number
    throw new ConfigurationError(
      'examples',
      `no example at index ${exampleIndex} of ${examples.length} examples`,
    );
  }
  const trace = traceExample(spec, parameters, example);
  return {
    spec,
    examples,
    parameters,
    iteration,
    exampleIndex: index,
    phase: { kind: 'ready' },
    trace,
    updatedParameters: null,
    learningRate,
    status: traceIsFinite(trace) ? 'ok' : 'diverged',
  };
}

/**
 * The session one phase later. Entering 'update' computes θ − η·∇ℓ from the gradients of the
 * backward pass, which used the parameters from before this update; leaving 'update' makes those
 * the parameters of the next iteration, on the next example. A step that would produce a
 * non-finite number leaves the session where it is, with status 'diverged'.
 */
export function nextPhase(session: ExerciseSession): ExerciseSession {
  if (session.status === 'diverged') return session;
  const layerCount = session.spec.layers.length;
  const phase = phaseAfter(session.phase, layerCount);
  if (phase.kind === 'update') {
    const updated = descend(
      session.spec,
      session.parameters,
      traceGradients(session.trace),
      session.learningRate,
    );
    if (!allFinite(updated)) return { ...session, status: 'diverged' };
    return { ...session, phase, updatedParameters: updated };
  }
  if (session.phase.kind === 'update' && session.updatedParameters) {
    const next = startSession(
      session.spec,
      session.examples,
      session.updatedParameters,
      session.learningRate,
      session.iteration + 1,
      session.exampleIndex + 1,
    );
    if (next.status === 'diverged') return { ...session, status: 'diverged' };
    return { ...next, phase };
  }
  return { ...session, phase };
}

/** The session advanced to the 'update' phase of the current iteration (or of the next, if already there). */
export function completeIteration(session: ExerciseSession): ExerciseSession {
  let current = nextPhase(session);
  while (current.phase.kind !== 'update' && current.status === 'ok') {
    current = nextPhase(current);
  }
  return current;
}

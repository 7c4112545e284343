import { ConfigurationError } from '../../../core/errors';
import { graphGradients } from '../../../core/network/graph-network';
import { validateExample } from '../../../core/network/validate';
import { parameterName } from '../../../core/network/notation';
import {
  allParameterRefs,
  flatParameterIndex,
  parameterValue,
  type ParameterRef,
} from '../../../core/network/parameter-ref';
import { flattenParameters } from '../../../core/network/parameters';
import { compileNetwork } from '../../../core/tape/tape';
import type { Example, NetworkParameters, NetworkSpec } from '../../../core/types';
import {
  centralDifference,
  diagnoseStep,
  differenceSweep,
  forwardDifference,
  relativeError,
  sweepExponents,
  type StepDiagnosis,
  type SweepPoint,
} from './gradient-check';

/** Every parameter with its name as the exercise writes it, layer by layer, weights before biases. */
export function networkParameters(spec: NetworkSpec): { position: ParameterRef; name: string }[] {
  return allParameterRefs(spec).map((position) => ({
    position,
    name: parameterName(spec, position),
  }));
}

/** The value at `position`; throws ConfigurationError when the network has no such parameter. */
export function parameterAt(parameters: NetworkParameters, position: ParameterRef): number {
  const value = parameterValue(parameters, position);
  if (value === undefined) throw new ConfigurationError('parameter', 'no such parameter');
  return value;
}

/** ℓ as a function of the one parameter at `position`, the others held fixed (on the compiled tape). */
function lossAlong(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  example: Example,
  position: ParameterRef,
): (value: number) => number {
  validateExample(spec, example);
  const tape = compileNetwork(spec);
  const flat = flattenParameters(spec, parameters);
  const index = flatParameterIndex(spec, position);
  if (index === undefined) throw new ConfigurationError('parameter', 'no such parameter');
  return (value) => {
    tape.parameters.set(flat);
    tape.parameters[index] = value;
    return tape.forward(example.input, example.target);
  };
}

/** The check of one parameter at one h, with the whole sweep over h for the chart. */
export interface NetworkGradientCheck {
  name: string;
  /** The parameter's current value θ. */
  theta: number;
  /** ∂ℓ/∂θ from backprop (the expression graph's backward pass). */
  gradient: number;
  step: number;
  central: number;
  forward: number;
  centralError: number;
  forwardError: number;
  sweep: SweepPoint[];
  diagnosis: StepDiagnosis;
}

/**
 * Backprop's ∂ℓ/∂θ for one example (the expression graph's backward pass) beside finite-difference
 * estimates that only re-evaluate ℓ (on the compiled tape, a second engine) with θ moved by ±h, and their relative errors, at `step` and over the sweep of h. Throws ConfigurationError.
 */
export function checkNetworkGradient(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  example: Example,
  position: ParameterRef,
  step: number,
): NetworkGradientCheck {
  const theta = parameterAt(parameters, position);
  const { gradients } = graphGradients(spec, parameters, [example]);
  const gradient = parameterAt(gradients, position);
  const loss = lossAlong(spec, parameters, example, position);
  const central = centralDifference(loss, theta, step);
  const forward = forwardDifference(loss, theta, step);
  const centralError = relativeError(gradient, central);
  const sweep = differenceSweep(loss, theta, gradient, sweepExponents());
  return {
    name: parameterName(spec, position),
    theta,
    gradient,
    step,
    central,
    forward,
    centralError,
    forwardError: relativeError(gradient, forward),
    sweep,
    diagnosis: diagnoseStep(sweep, step, centralError),
  };
}

import { ConfigurationError } from '../../../core/errors';
import { graphGradients } from '../../../core/network/graph-network';
import { validateExample } from '../../../core/network/validate';
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

/** One parameter: a weight (row = neuron, column = input) or a bias (row = neuron) of a layer. */
export interface ParameterPosition {
  layer: number;
  kind: 'weight' | 'bias';
  row: number;
  column: number;
}

/** The lesson's 2–2–1 net names its parameters w11…w22, b1, b2, v1, v2, c. */
function isLessonShape(spec: NetworkSpec): boolean {
  const sizes = spec.layers.map((layer) => layer.size);
  return spec.inputSize === 2 && sizes.length === 2 && sizes[0] === 2 && sizes[1] === 1;
}

function nameOf(spec: NetworkSpec, { layer, kind, row, column }: ParameterPosition): string {
  if (isLessonShape(spec)) {
    if (layer === 0) return kind === 'weight' ? `w${row + 1}${column + 1}` : `b${row + 1}`;
    return kind === 'weight' ? `v${column + 1}` : 'c';
  }
  return kind === 'weight' ? `w[${layer}][${row}][${column}]` : `b[${layer}][${row}]`;
}

/** Every parameter with its name, layer by layer, weights before biases. */
export function networkParameters(
  spec: NetworkSpec,
): { position: ParameterPosition; name: string }[] {
  const list: { position: ParameterPosition; name: string }[] = [];
  let inputs = spec.inputSize;
  spec.layers.forEach((layerSpec, layer) => {
    for (let row = 0; row < layerSpec.size; row++) {
      for (let column = 0; column < inputs; column++) {
        const position: ParameterPosition = { layer, kind: 'weight', row, column };
        list.push({ position, name: nameOf(spec, position) });
      }
    }
    for (let row = 0; row < layerSpec.size; row++) {
      const position: ParameterPosition = { layer, kind: 'bias', row, column: 0 };
      list.push({ position, name: nameOf(spec, position) });
    }
    inputs = layerSpec.size;
  });
  return list;
}

/** The value at `position`; throws ConfigurationError when the network has no such parameter. */
export function parameterAt(parameters: NetworkParameters, position: ParameterPosition): number {
  const layer = parameters[position.layer];
  const value =
    position.kind === 'weight'
      ? layer?.weights[position.row]?.[position.column]
      : layer?.biases[position.row];
  if (value === undefined) throw new ConfigurationError('parameter', 'no such parameter');
  return value;
}

/** Where `position` sits in the flat layout of flattenParameters: per layer, weights row by row, then biases. */
function flatIndex(spec: NetworkSpec, position: ParameterPosition): number {
  let offset = 0;
  let inputs = spec.inputSize;
  for (const [layer, { size }] of spec.layers.entries()) {
    if (layer === position.layer) {
      return position.kind === 'weight'
        ? offset + position.row * inputs + position.column
        : offset + size * inputs + position.row;
    }
    offset += size * (inputs + 1);
    inputs = size;
  }
  throw new ConfigurationError('parameter', 'no such parameter');
}

/** ℓ as a function of the one parameter at `position`, the others held fixed (on the compiled tape). */
function lossAlong(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  example: Example,
  position: ParameterPosition,
): (value: number) => number {
  validateExample(spec, example);
  const tape = compileNetwork(spec);
  const flat = flattenParameters(spec, parameters);
  const index = flatIndex(spec, position);
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
  position: ParameterPosition,
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
    name: nameOf(spec, position),
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

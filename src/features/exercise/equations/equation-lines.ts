import type { Language, MessageKey } from '../../../content/ui/messages';
import { revealedAt } from '../../../core/exercise/phases';
import type { ExerciseSession } from '../../../core/exercise/session';
import {
  parameterGradient,
  parameterValue,
  type ParameterRef,
} from '../../../core/network/parameter-ref';
import { slopeNumbers, slopeTex } from './activation-slope';
import { parameterRole, parameterTex, type ParameterRole } from './parameter-symbols';
import { numberWriter, type NumberWriter } from './tex-number';

/** Which step of the chain a line shows. */
export type EquationId = 'outputDelta' | 'hiddenSlope' | 'hiddenDelta' | 'gradient' | 'update';

/** One backward (or update) equation for the chosen parameter, as TeX strings. */
export interface EquationLine {
  id: EquationId;
  /** The symbolic chain, e.g. \frac{\partial L}{\partial w_{12}} = x_{2} \cdot \frac{\partial L}{\partial z_{1}}. */
  symbolic: string;
  /** What follows "=": the numbers substituted, then "=" the result; null until the phase computes them. */
  numbers: string | null;
  /** A remark shown beside the line. */
  note: MessageKey | null;
}

/** The whole line: the symbolic form, then the numbers when they are known. */
export function equationTex(line: EquationLine): string {
  return line.numbers === null ? line.symbolic : `${line.symbolic} = ${line.numbers}`;
}

const partial = (symbol: string) => `\\frac{\\partial L}{\\partial ${symbol}}`;
const OUTPUT_DELTA = partial('z_o');

/** The session's numbers and the writer that formats them. */
interface Source extends NumberWriter {
  session: ExerciseSession;
}

const line = (
  id: EquationId,
  symbolic: string,
  numbers: string | null,
  note: MessageKey | null = null,
) => ({
  id,
  symbolic,
  numbers,
  note,
});

/** ∂L/∂z_o: (ŷ − y)·σ′(z_o) for the course's ½(y − ŷ)², or ŷ − y for cross-entropy. */
function outputDelta({ session, plain, operand }: Source, known: boolean): EquationLine {
  const prediction = session.trace.prediction[0] as number;
  const target = session.trace.target[0] as number;
  const result = plain(session.trace.layers[1]?.dLossDz[0] as number);
  const error = `${plain(prediction)} - ${operand(target)}`;
  if (session.spec.loss === 'binaryCrossEntropy') {
    return line(
      'outputDelta',
      `${OUTPUT_DELTA} = \\hat{y} - y`,
      known ? `${error} = ${result}` : null,
    );
  }
  const yHat = operand(prediction);
  return line(
    'outputDelta',
    `${OUTPUT_DELTA} = (\\hat{y} - y) \\cdot \\sigma'(z_o) = (\\hat{y} - y) \\cdot \\hat{y}\\,(1 - \\hat{y})`,
    known ? `(${error}) \\cdot ${yHat} \\cdot (1 - ${yHat}) = ${result}` : null,
  );
}

/** ∂L/∂a_i = v_i·∂L/∂z_o, with v_i from the parameters the backward pass used (before the update). */
function hiddenSlope(
  { session, plain, operand }: Source,
  unit: number,
  known: boolean,
): EquationLine {
  const weight = session.parameters[1]?.weights[0]?.[unit - 1] as number;
  const outputGradient = session.trace.layers[1]?.dLossDz[0] as number;
  const result = session.trace.layers[0]?.dLossDa[unit - 1] as number;
  return line(
    'hiddenSlope',
    `${partial(`a_{${unit}}`)} = v_{${unit}} \\cdot ${OUTPUT_DELTA}`,
    known ? `${operand(weight)} \\cdot ${operand(outputGradient)} = ${plain(result)}` : null,
    'exercise.beforeUpdate',
  );
}

/** ∂L/∂z_i = ∂L/∂a_i·g′(z_i), with g′ written for the hidden activation. */
function hiddenDelta(source: Source, unit: number, known: boolean): EquationLine {
  const { session, plain, operand } = source;
  const hidden = session.trace.layers[0];
  const activation = session.spec.layers[0]?.activation ?? 'sigmoid';
  const slope = partial(`a_{${unit}}`);
  const written = slopeTex(activation, unit);
  const factor = slopeNumbers(
    activation,
    unit,
    { z: hidden?.z[unit - 1] as number, a: hidden?.a[unit - 1] as number },
    source,
  );
  const substituted =
    factor === null ? '' : `${operand(hidden?.dLossDa[unit - 1] as number)} \\cdot ${factor} = `;
  return line(
    'hiddenDelta',
    `${partial(`z_{${unit}}`)} = ${slope} \\cdot g'(z_{${unit}})${written === null ? '' : ` = ${slope} \\cdot ${written}`}`,
    known ? `${substituted}${plain(hidden?.dLossDz[unit - 1] as number)}` : null,
  );
}

/** ∂L/∂θ from its local derivative: x_j·∂L/∂z_i, ∂L/∂z_i, a_i·∂L/∂z_o or ∂L/∂z_o. */
function gradient(
  source: Source,
  role: ParameterRole,
  value: number,
  known: boolean,
): EquationLine {
  const { session, plain, operand } = source;
  const name = partial(parameterTex(role));
  const result = plain(value);
  const product = (symbolic: string, factor: number, delta: number) =>
    line(
      'gradient',
      `${name} = ${symbolic}`,
      known ? `${operand(factor)} \\cdot ${operand(delta)} = ${result}` : null,
    );
  switch (role.kind) {
    case 'hiddenWeight':
      return product(
        `x_{${role.input}} \\cdot ${partial(`z_{${role.unit}}`)}`,
        session.trace.input[role.input - 1] as number,
        session.trace.layers[0]?.dLossDz[role.unit - 1] as number,
      );
    case 'hiddenBias':
      return line('gradient', `${name} = ${partial(`z_{${role.unit}}`)}`, known ? result : null);
    case 'outputWeight':
      return product(
        `a_{${role.unit}} \\cdot ${OUTPUT_DELTA}`,
        session.trace.layers[0]?.a[role.unit - 1] as number,
        session.trace.layers[1]?.dLossDz[0] as number,
      );
    case 'outputBias':
      return line('gradient', `${name} = ${OUTPUT_DELTA}`, known ? result : null);
  }
}

/** θ⁽ᵗ⁺¹⁾ = θ⁽ᵗ⁾ − η·∂L/∂θ: old value from session.parameters, new from session.updatedParameters. */
function update(
  source: Source,
  role: ParameterRole,
  ref: ParameterRef,
  value: number,
  known: boolean,
): EquationLine {
  const { session, plain, operand } = source;
  const name = parameterTex(role);
  const before = parameterValue(session.parameters, ref) as number;
  const after = session.updatedParameters
    ? parameterValue(session.updatedParameters, ref)
    : undefined;
  return line(
    'update',
    `${name}^{(t+1)} = ${name}^{(t)} - \\eta \\cdot ${partial(name)}`,
    known && after !== undefined
      ? `${plain(before)} - ${operand(session.learningRate)} \\cdot ${operand(value)} = ${plain(after)}`
      : null,
  );
}

/**
 * The chain of backward equations from the output down to the chosen parameter of the 2–2–1 net,
 * then its update, with the session's own numbers substituted once the phase has computed them.
 * Every number is read from the session (nothing is recomputed) and written as formatValue shows it.
 */
export function equationLines(
  session: ExerciseSession,
  ref: ParameterRef,
  language: Language,
): EquationLine[] {
  const role = parameterRole(ref);
  const value = parameterGradient(session.trace, ref);
  const layers = session.spec.layers;
  if (!role || value === undefined || layers.length !== 2 || layers[1]?.size !== 1) return [];
  const source: Source = { session, ...numberWriter(language) };
  const revealed = revealedAt(session.phase, layers.length);
  const outputKnown = revealed.backwardFrom <= 1;
  const hiddenKnown = revealed.backwardFrom <= 0;
  const hidden = role.kind === 'hiddenWeight' || role.kind === 'hiddenBias';
  return [
    outputDelta(source, outputKnown),
    ...(hidden
      ? [hiddenSlope(source, role.unit, hiddenKnown), hiddenDelta(source, role.unit, hiddenKnown)]
      : []),
    gradient(source, role, value, hidden ? hiddenKnown : outputKnown),
    update(source, role, ref, value, revealed.updated),
  ];
}

import type { Language, MessageKey } from '../../content/ui/messages';
import { revealedAt } from '../../core/exercise/phases';
import type { ExerciseSession } from '../../core/exercise/session';
import type { ActivationName } from '../../core/types';
import {
  parameterGradient,
  parameterValue,
  type ParameterRef,
} from '../../store/parameter-ref';
import { formatValue } from '../ui/format';
import { parameterRole, parameterTex, type ParameterRole } from './parameter-symbols';
import { texNumber } from './tex-number';

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

/** The whole line: symbolic form, then the numbers when they are known. */
export function equationTex(line: EquationLine): string {
  return line.numbers === null ? line.symbolic : `${line.symbolic} = ${line.numbers}`;
}

const partial = (symbol: string) => `\\frac{\\partial L}{\\partial ${symbol}}`;
const OUTPUT_DELTA = partial('z_o');

/** Reads the session's numbers and writes them as TeX, each exactly as formatValue shows it. */
interface Writer {
  session: ExerciseSession;
  /** A result or a leading term. */
  plain: (value: number) => string;
  /** A factor or subtrahend: parenthesised when negative or scientific. */
  operand: (value: number) => string;
}

function outputDelta({ session, plain, operand }: Writer, known: boolean): EquationLine {
  const prediction = session.trace.prediction[0] as number;
  const target = session.trace.target[0] as number;
  const result = plain(session.trace.layers[1]?.dLossDz[0] as number);
  if (session.spec.loss === 'binaryCrossEntropy') {
    return {
      id: 'outputDelta',
      symbolic: `${OUTPUT_DELTA} = \\hat{y} - y`,
      numbers: known ? `${plain(prediction)} - ${operand(target)} = ${result}` : null,
      note: null,
    };
  }
  const y = operand(prediction);
  return {
    id: 'outputDelta',
    symbolic: `${OUTPUT_DELTA} = (\\hat{y} - y) \\cdot \\sigma'(z_o) = (\\hat{y} - y) \\cdot \\hat{y}\\,(1 - \\hat{y})`,
    numbers: known
      ? `(${plain(prediction)} - ${operand(target)}) \\cdot ${y} \\cdot (1 - ${y}) = ${result}`
      : null,
    note: null,
  };
}

/** ∂L/∂a_i = v_i·∂L/∂z_o, with v_i from the parameters the backward pass used (before the update). */
function hiddenSlope({ session, plain, operand }: Writer, unit: number, known: boolean): EquationLine {
  const index = unit - 1;
  const weight = session.parameters[1]?.weights[0]?.[index] as number;
  const outputGradient = session.trace.layers[1]?.dLossDz[0] as number;
  const result = session.trace.layers[0]?.dLossDa[index] as number;
  return {
    id: 'hiddenSlope',
    symbolic: `${partial(`a_{${unit}}`)} = v_{${unit}} \\cdot ${OUTPUT_DELTA}`,
    numbers: known ? `${operand(weight)} \\cdot ${operand(outputGradient)} = ${plain(result)}` : null,
    note: 'exercise.beforeUpdate',
  };
}

/** g′(z_i) written for the hidden activation, in terms of a_i where that is how the lesson writes it. */
function slopeTex(activation: ActivationName, unit: number): string {
  switch (activation) {
    case 'sigmoid':
      return `a_{${unit}}\\,(1 - a_{${unit}})`;
    case 'tanh':
      return `(1 - a_{${unit}}^2)`;
    case 'relu':
      return `\\begin{cases} 1 & z_{${unit}} > 0 \\\\ 0 & z_{${unit}} \\le 0 \\end{cases}`;
    default:
      return `g'(z_{${unit}})`;
  }
}

/** ∂L/∂z_i = ∂L/∂a_i·g′(z_i), the factor g′ substituted from a_i (or, for ReLU, chosen by the sign of z_i). */
function hiddenDelta({ session, plain, operand }: Writer, unit: number, known: boolean): EquationLine {
  const index = unit - 1;
  const hidden = session.trace.layers[0];
  const activation = session.spec.layers[0]?.activation ?? 'sigmoid';
  const slope = hidden?.dLossDa[index] as number;
  const z = hidden?.z[index] as number;
  const a = operand(hidden?.a[index] as number);
  const factor: Partial<Record<ActivationName, string>> = {
    sigmoid: `${a} \\cdot (1 - ${a})`,
    tanh: `(1 - ${a}^2)`,
    relu: `\\underbrace{${z > 0 ? 1 : 0}}_{z_{${unit}} = ${plain(z)} ${z > 0 ? '>' : '\\le'} 0}`,
  };
  const substituted = factor[activation];
  const symbolic = `${partial(`z_{${unit}}`)} = ${partial(`a_{${unit}}`)} \\cdot g'(z_{${unit}})`;
  return {
    id: 'hiddenDelta',
    symbolic:
      substituted === undefined
        ? symbolic
        : `${symbolic} = ${partial(`a_{${unit}}`)} \\cdot ${slopeTex(activation, unit)}`,
    numbers: known
      ? `${substituted === undefined ? '' : `${operand(slope)} \\cdot ${substituted} = `}${plain(hidden?.dLossDz[index] as number)}`
      : null,
    note: null,
  };
}

/** ∂L/∂θ from the local derivative: x_j·∂L/∂z_i, ∂L/∂z_i, a_i·∂L/∂z_o or ∂L/∂z_o. */
function gradient(writer: Writer, role: ParameterRole, gradientValue: number, known: boolean): EquationLine {
  const { session, plain, operand } = writer;
  const name = partial(parameterTex(role));
  const result = plain(gradientValue);
  const line = (symbolic: string, numbers: string): EquationLine => ({
    id: 'gradient',
    symbolic: `${name} = ${symbolic}`,
    numbers: known ? numbers : null,
    note: null,
  });
  switch (role.kind) {
    case 'hiddenWeight': {
      const input = session.trace.input[role.input - 1] as number;
      const delta = session.trace.layers[0]?.dLossDz[role.unit - 1] as number;
      return line(
        `x_{${role.input}} \\cdot ${partial(`z_{${role.unit}}`)}`,
        `${operand(input)} \\cdot ${operand(delta)} = ${result}`,
      );
    }
    case 'hiddenBias':
      return line(partial(`z_{${role.unit}}`), result);
    case 'outputWeight': {
      const activation = session.trace.layers[0]?.a[role.unit - 1] as number;
      const delta = session.trace.layers[1]?.dLossDz[0] as number;
      return line(
        `a_{${role.unit}} \\cdot ${OUTPUT_DELTA}`,
        `${operand(activation)} \\cdot ${operand(delta)} = ${result}`,
      );
    }
    case 'outputBias':
      return line(OUTPUT_DELTA, result);
  }
}

/** θ⁽ᵗ⁺¹⁾ = θ⁽ᵗ⁾ − η·∂L/∂θ, from session.parameters (old) and session.updatedParameters (new). */
function update(writer: Writer, role: ParameterRole, ref: ParameterRef, gradientValue: number): EquationLine {
  const { session, plain, operand } = writer;
  const name = parameterTex(role);
  const before = parameterValue(session.parameters, ref) as number;
  const after = session.updatedParameters ? parameterValue(session.updatedParameters, ref) : undefined;
  return {
    id: 'update',
    symbolic: `${name}^{(t+1)} = ${name}^{(t)} - \\eta \\cdot ${partial(name)}`,
    numbers:
      after === undefined
        ? null
        : `${plain(before)} - ${operand(session.learningRate)} \\cdot ${operand(gradientValue)} = ${plain(after)}`,
    note: null,
  };
}

/**
 * The chain of backward equations from the output down to the chosen parameter of the 2–2–1 net,
 * then its update, with the session's own numbers substituted once the phase has computed them.
 * Every number is read from the session (nothing is recomputed) and written as formatValue shows it.
 */
export function equationLines(session: ExerciseSession, ref: ParameterRef, language: Language): EquationLine[] {
  const role = parameterRole(ref);
  const gradientValue = parameterGradient(session.trace, ref);
  const layers = session.spec.layers;
  if (!role || gradientValue === undefined || layers.length !== 2 || layers[1]?.size !== 1) return [];
  const writer: Writer = {
    session,
    plain: (value) => texNumber(formatValue(value, language)),
    operand: (value) => texNumber(formatValue(value, language), { operand: true }),
  };
  const revealed = revealedAt(session.phase, layers.length);
  const outputKnown = revealed.backwardFrom <= 1;
  const hiddenKnown = revealed.backwardFrom <= 0;
  const hidden = role.kind === 'hiddenWeight' || role.kind === 'hiddenBias';
  return [
    outputDelta(writer, outputKnown),
    ...(hidden
      ? [hiddenSlope(writer, role.unit, hiddenKnown), hiddenDelta(writer, role.unit, hiddenKnown)]
      : []),
    gradient(writer, role, gradientValue, hidden ? hiddenKnown : outputKnown),
    update(writer, role, ref, gradientValue),
  ];
}

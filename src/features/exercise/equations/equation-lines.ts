import type { Language, MessageKey } from '../../../content/ui/messages';
import { revealedAt } from '../../../core/exercise/phases';
import type { ExerciseSession } from '../../../core/exercise/session';
import {
  parameterGradient,
  parameterValue,
  type ParameterRef,
} from '../../../core/network/parameter-ref';
import { DEFAULT_SIGNIFICANT_FIGURES } from '../../../ui/format';
import { slopeTerm, slopeTex } from './activation-slope';
import { parameterRole, parameterTex, type ParameterRole } from './parameter-symbols';
import { literal, minus, parentheses, shown, substitution, times, type Term } from './substitution';
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

/**
 * The whole line broken at each "=" outside braces, one step per row, aligned on "=":
 * `\begin{aligned} A &= B \\ &= C \end{aligned}`. A narrow column reads the chain top to bottom.
 */
export function equationTexWrapped(line: EquationLine): string {
  const tex = equationTex(line);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < tex.length; index++) {
    const character = tex[index];
    if (character === '{') depth++;
    else if (character === '}') depth--;
    else if (character === '=' && depth === 0) {
      parts.push(tex.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(tex.slice(start).trim());
  if (parts.length === 1) return tex;
  const [first, ...rest] = parts;
  return `\\begin{aligned} ${first} ${rest.map((part) => `&= ${part}`).join(' \\\\ ')} \\end{aligned}`;
}

const partial = (symbol: string) => `\\frac{\\partial L}{\\partial ${symbol}}`;
const OUTPUT_DELTA = partial('z_o');

/** The session's numbers, the language and precision they are shown in. */
interface Source {
  session: ExerciseSession;
  language: Language;
  figures: number;
  /** Numbers outside any arithmetic (a ReLU's z, a restated result), at the display's figures. */
  writer: NumberWriter;
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

/** "operands = result", written so that it comes out by hand (see substitution). */
const substituted = (source: Source, term: Term, result: number) =>
  substitution(term, result, source.language, source.figures);

/** ∂L/∂z_o: (ŷ − y)·σ′(z_o) for the course's ½(y − ŷ)², or ŷ − y for cross-entropy. */
function outputDelta(source: Source, known: boolean): EquationLine {
  const { session } = source;
  const prediction = shown(session.trace.prediction[0] as number);
  const target = shown(session.trace.target[0] as number);
  const result = session.trace.layers[1]?.dLossDz[0] as number;
  if (session.spec.loss === 'binaryCrossEntropy') {
    return line(
      'outputDelta',
      `${OUTPUT_DELTA} = \\hat{y} - y`,
      known ? substituted(source, minus(prediction, target), result) : null,
    );
  }
  const term = times(
    parentheses(minus(prediction, target)),
    prediction,
    parentheses(minus(literal(1), prediction)),
  );
  return line(
    'outputDelta',
    `${OUTPUT_DELTA} = (\\hat{y} - y) \\cdot \\sigma'(z_o) = (\\hat{y} - y) \\cdot \\hat{y}\\,(1 - \\hat{y})`,
    known ? substituted(source, term, result) : null,
  );
}

/** ∂L/∂a_i = v_i·∂L/∂z_o, with v_i from the parameters the backward pass used (before the update). */
function hiddenSlope(source: Source, unit: number, known: boolean): EquationLine {
  const { session } = source;
  const weight = session.parameters[1]?.weights[0]?.[unit - 1] as number;
  const outputGradient = session.trace.layers[1]?.dLossDz[0] as number;
  const result = session.trace.layers[0]?.dLossDa[unit - 1] as number;
  return line(
    'hiddenSlope',
    `${partial(`a_{${unit}}`)} = v_{${unit}} \\cdot ${OUTPUT_DELTA}`,
    known ? substituted(source, times(shown(weight), shown(outputGradient)), result) : null,
    'exercise.beforeUpdate',
  );
}

/** ∂L/∂z_i = ∂L/∂a_i·g′(z_i), with g′ written for the hidden activation. */
function hiddenDelta(source: Source, unit: number, known: boolean): EquationLine {
  const { session } = source;
  const hidden = session.trace.layers[0];
  const activation = session.spec.layers[0]?.activation ?? 'sigmoid';
  const slope = partial(`a_{${unit}}`);
  const written = slopeTex(activation, unit);
  const factor = slopeTerm(
    activation,
    unit,
    { z: hidden?.z[unit - 1] as number, a: hidden?.a[unit - 1] as number },
    source.writer,
  );
  const result = hidden?.dLossDz[unit - 1] as number;
  const numbers =
    factor === null
      ? source.writer.plain(result)
      : substituted(source, times(shown(hidden?.dLossDa[unit - 1] as number), factor), result);
  return line(
    'hiddenDelta',
    `${partial(`z_{${unit}}`)} = ${slope} \\cdot g'(z_{${unit}})${written === null ? '' : ` = ${slope} \\cdot ${written}`}`,
    known ? numbers : null,
  );
}

/** ∂L/∂θ from its local derivative: x_j·∂L/∂z_i, ∂L/∂z_i, a_i·∂L/∂z_o or ∂L/∂z_o. */
function gradient(
  source: Source,
  role: ParameterRole,
  value: number,
  known: boolean,
): EquationLine {
  const { session, writer } = source;
  const name = partial(parameterTex(role));
  const product = (symbolic: string, factor: number, delta: number) =>
    line(
      'gradient',
      `${name} = ${symbolic}`,
      known ? substituted(source, times(shown(factor), shown(delta)), value) : null,
    );
  // a bias's gradient restates the delta above it, shown as that line shows it
  const restated = (symbolic: string) =>
    line('gradient', `${name} = ${symbolic}`, known ? writer.plain(value) : null);
  switch (role.kind) {
    case 'hiddenWeight':
      return product(
        `x_{${role.input}} \\cdot ${partial(`z_{${role.unit}}`)}`,
        session.trace.input[role.input - 1] as number,
        session.trace.layers[0]?.dLossDz[role.unit - 1] as number,
      );
    case 'hiddenBias':
      return restated(partial(`z_{${role.unit}}`));
    case 'outputWeight':
      return product(
        `a_{${role.unit}} \\cdot ${OUTPUT_DELTA}`,
        session.trace.layers[0]?.a[role.unit - 1] as number,
        session.trace.layers[1]?.dLossDz[0] as number,
      );
    case 'outputBias':
      return restated(OUTPUT_DELTA);
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
  const { session } = source;
  const name = parameterTex(role);
  const before = parameterValue(session.parameters, ref) as number;
  const after = session.updatedParameters
    ? parameterValue(session.updatedParameters, ref)
    : undefined;
  const term = minus(shown(before), times(shown(session.learningRate), shown(value)));
  return line(
    'update',
    `${name}^{(t+1)} = ${name}^{(t)} - \\eta \\cdot ${partial(name)}`,
    known && after !== undefined ? substituted(source, term, after) : null,
  );
}

/**
 * The chain of backward equations from the output down to the chosen parameter of the 2–2–1 net,
 * then its update, with the session's own numbers substituted once the phase has computed them.
 * Every result is read from the session (nothing is recomputed) and shown as formatValue shows it
 * at `significantFigures`; operands get the figures that make each line come out by hand.
 */
export function equationLines(
  session: ExerciseSession,
  ref: ParameterRef,
  language: Language,
  significantFigures = DEFAULT_SIGNIFICANT_FIGURES,
): EquationLine[] {
  const role = parameterRole(ref);
  const value = parameterGradient(session.trace, ref);
  const layers = session.spec.layers;
  if (!role || value === undefined || layers.length !== 2 || layers[1]?.size !== 1) return [];
  const figures = significantFigures;
  const source: Source = { session, language, figures, writer: numberWriter(language, figures) };
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

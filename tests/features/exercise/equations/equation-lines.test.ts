import katex from 'katex';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  equationLines,
  equationTex,
  equationTexWrapped,
  type EquationLine,
} from '../../../../src/features/exercise/equations/equation-lines';
import { formatValue } from '../../../../src/ui/format';
import {
  EXERCISE_ACTIVATIONS,
  EXERCISE_LOSSES,
  type ExerciseActivation,
  type ExerciseLoss,
} from '../../../../src/core/exercise/config';
import type { ExerciseSession } from '../../../../src/core/exercise/session';
import type { Language } from '../../../../src/content/ui/messages';
import {
  allParameterRefs,
  parameterGradient,
  parameterValue,
  type ParameterRef,
} from '../../../../src/core/network/parameter-ref';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

const state = () => useAppStore.getState();

/** The numbers a line shows, as display strings: TeX names' subscripts dropped, TeX undone. */
function shownNumbers(tex: string | null): string[] {
  if (tex === null) return [];
  const withoutNames = tex.replace(/[a-z]_\{\d+\}/g, '');
  const tokens = withoutNames.match(/-?\d+(?:\{,\}\d+|\.\d+)?(?: \\cdot 10\^\{-?\d+\})?/g) ?? [];
  const superscript = (exponent: string) =>
    [...exponent].map((c) => (c === '-' ? '⁻' : '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)])).join('');
  return tokens.map((token) =>
    token
      .replace(/^-/, '−')
      .replace('{,}', ',')
      .replace(/ \\cdot 10\^\{(-?\d+)\}$/, (_, exponent: string) => `·10${superscript(exponent)}`),
  );
}

/** A shown number split by hand: mantissa with a point and sign "-", exponent (0 if none). */
function splitShown(text: string): [string, number] {
  const [mantissa = '', power] = text.replace('−', '-').replace(',', '.').split('·10');
  const exponent = [...(power ?? '0')]
    .map((c) => (c === '⁻' ? '-' : String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))))
    .join('');
  return [mantissa, power === undefined ? 0 : Number(exponent)];
}

/** What a shown number must be: exactly this text, or an operand rounded from this value. */
type Expected = string | { operand: number };
const op = (value: number): Expected => ({ operand: value });

/**
 * An operand is the value rounded to at least four significant figures (more when the line needs
 * them to come out by hand): within half a unit of its last shown digit.
 */
function expectOperand(text: string, value: number) {
  if (value === 0) return expect(text.replace(',', '.')).toBe(formatValue(0, 'en'));
  const [mantissa, exponent] = splitShown(text);
  const decimals = mantissa.split('.')[1]?.length ?? 0;
  const quantum = 10 ** (exponent - decimals);
  const figures = mantissa.replace(/[-.]/g, '').replace(/^0+/, '').length;
  expect(figures, text).toBeGreaterThanOrEqual(4);
  const shown = Number(mantissa) * 10 ** exponent;
  expect(Math.abs(shown - value), `${text} for ${value}`).toBeLessThanOrEqual(
    (quantum / 2) * (1 + 1e-9),
  );
}

function expectShown(shown: string[], expected: Expected[]) {
  expect(shown).toHaveLength(expected.length);
  expected.forEach((item, at) => {
    const text = shown[at] as string;
    if (typeof item === 'string') expect(text).toBe(item);
    else expectOperand(text, item.operand);
  });
}

const byId = (lines: EquationLine[], id: EquationLine['id']) => {
  const line = lines.find((candidate) => candidate.id === id);
  if (!line) throw new Error(`no ${id} line`);
  return line;
};

/** A session at the update phase of its third iteration, with the given model. */
function sessionWith(
  activation: ExerciseActivation,
  loss: ExerciseLoss,
  dataset: 'lesson' | 'xor',
) {
  resetAppStore();
  state().setDataset(dataset);
  state().setActivation(activation);
  state().setLoss(loss);
  for (let iteration = 0; iteration < 3; iteration++) state().completeIteration();
  return state().session;
}

const cases = EXERCISE_ACTIVATIONS.flatMap((activation) =>
  EXERCISE_LOSSES.flatMap((loss) =>
    (['lesson', 'xor'] as const).map((dataset) => ({ activation, loss, dataset })),
  ),
);

const role = {
  hiddenWeight: (ref: ParameterRef) => ref.layer === 0 && ref.kind === 'weight',
  hiddenBias: (ref: ParameterRef) => ref.layer === 0 && ref.kind === 'bias',
  outputWeight: (ref: ParameterRef) => ref.layer === 1 && ref.kind === 'weight',
};

/** Checks every line of every parameter against the session's own numbers. */
function expectLinesMatch(session: ExerciseSession, language: Language) {
  const f = (value: number) => formatValue(value, language);
  const [hidden, output] = session.trace.layers;
  if (!hidden || !output) throw new Error('not a 2–2–1 trace');
  const prediction = session.trace.prediction[0] as number;
  const target = session.trace.target[0] as number;
  const outputDelta = output.dLossDz[0] as number;
  const activation = session.spec.layers[0]?.activation;

  for (const ref of allParameterRefs(session.spec)) {
    const lines = equationLines(session, ref, language);
    const gradient = parameterGradient(session.trace, ref) as number;
    const before = parameterValue(session.parameters, ref) as number;
    const after = parameterValue(session.updatedParameters ?? [], ref) as number;

    // ∂L/∂z_o, with the unrounded factors multiplying to the core's result
    const delta = byId(lines, 'outputDelta').numbers;
    if (session.spec.loss === 'binaryCrossEntropy') {
      expectShown(shownNumbers(delta), [op(prediction), op(target), f(outputDelta)]);
      expect(prediction - target).toBeCloseTo(outputDelta, 12);
    } else {
      expectShown(shownNumbers(delta), [
        op(prediction),
        op(target),
        op(prediction),
        '1',
        op(prediction),
        f(outputDelta),
      ]);
      expect((prediction - target) * prediction * (1 - prediction)).toBeCloseTo(outputDelta, 12);
    }

    if (role.hiddenWeight(ref) || role.hiddenBias(ref)) {
      const unit = ref.row;
      const v = session.parameters[1]?.weights[0]?.[unit] as number;
      const slope = hidden.dLossDa[unit] as number;
      const a = hidden.a[unit] as number;
      const z = hidden.z[unit] as number;
      const hiddenDelta = hidden.dLossDz[unit] as number;
      expectShown(shownNumbers(byId(lines, 'hiddenSlope').numbers), [
        op(v),
        op(outputDelta),
        f(slope),
      ]);
      expect(v * outputDelta).toBeCloseTo(slope, 12);
      const expected = {
        sigmoid: {
          shown: [op(slope), op(a), '1', op(a), f(hiddenDelta)],
          product: slope * a * (1 - a),
        },
        tanh: {
          shown: [op(slope), '1', op(a), '2', f(hiddenDelta)],
          product: slope * (1 - a * a),
        },
        relu: {
          shown: [op(slope), z > 0 ? '1' : '0', f(z), '0', f(hiddenDelta)],
          product: z > 0 ? slope : 0,
        },
      }[activation as ExerciseActivation];
      expectShown(shownNumbers(byId(lines, 'hiddenDelta').numbers), expected.shown);
      expect(expected.product).toBeCloseTo(hiddenDelta, 12);
      if (role.hiddenWeight(ref)) {
        const input = session.trace.input[ref.column] as number;
        expectShown(shownNumbers(byId(lines, 'gradient').numbers), [
          op(input),
          op(hiddenDelta),
          f(gradient),
        ]);
        expect(input * hiddenDelta).toBeCloseTo(gradient, 12);
      } else {
        expect(shownNumbers(byId(lines, 'gradient').numbers)).toEqual([f(gradient)]);
        expect(gradient).toBe(hiddenDelta);
      }
    } else if (role.outputWeight(ref)) {
      const a = hidden.a[ref.column] as number;
      expectShown(shownNumbers(byId(lines, 'gradient').numbers), [
        op(a),
        op(outputDelta),
        f(gradient),
      ]);
      expect(a * outputDelta).toBeCloseTo(gradient, 12);
    } else {
      expect(shownNumbers(byId(lines, 'gradient').numbers)).toEqual([f(gradient)]);
      expect(gradient).toBe(outputDelta);
    }

    expectShown(shownNumbers(byId(lines, 'update').numbers), [
      op(before),
      op(session.learningRate),
      op(gradient),
      f(after),
    ]);
    expect(before - session.learningRate * gradient).toBeCloseTo(after, 12);
  }
}

beforeEach(() => resetAppStore());

describe('equationLines at the update phase', () => {
  it.each(cases)(
    'shows the core numbers for every parameter: $activation, $loss, $dataset',
    (model) => {
      const session = sessionWith(model.activation, model.loss, model.dataset);
      expect(session.phase.kind).toBe('update');
      expectLinesMatch(session, 'pt-BR');
      expectLinesMatch(session, 'en');
    },
  );

  // one test per model, so that each stays small on a busy machine
  it.each(cases)(
    'gives TeX that KaTeX parses, for every parameter and phase: $activation, $loss, $dataset',
    (model) => {
      sessionWith(model.activation, model.loss, model.dataset);
      for (let phase = 0; phase < 7; phase++) {
        for (const ref of allParameterRefs(state().session.spec)) {
          for (const line of equationLines(state().session, ref, 'pt-BR')) {
            for (const tex of [equationTex(line), equationTexWrapped(line)]) {
              expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
            }
          }
        }
        state().nextPhase();
      }
    },
  );

  it('wraps a line at each "=" outside braces, one step per row, keeping every term', () => {
    resetAppStore();
    state().completeIteration();
    const lines = equationLines(
      state().session,
      { layer: 0, kind: 'weight', row: 0, column: 0 },
      'pt-BR',
    );
    const gradient = lines.find((line) => line.id === 'gradient');
    expect(gradient?.numbers).not.toBeNull();
    const whole = equationTex(gradient!);
    const wrapped = equationTexWrapped(gradient!);
    const rows = wrapped.replace(/^\\begin\{aligned\}|\\end\{aligned\}$/g, '').split(' \\\\ ');
    // the symbolic form, the substitution and the result: one more row than "=" after the first
    expect(rows.length).toBe(whole.split(' = ').length - 1);
    expect(rows.slice(1).every((row) => row.trim().startsWith('&='))).toBe(true);
    expect(wrapped.replace(/\\begin\{aligned\}|\\end\{aligned\}|&|\\\\|\s/g, '')).toBe(
      whole.replace(/\s/g, ''),
    );
  });

  it('matches the core in scientific notation too, after long training shrinks the gradients', () => {
    resetAppStore();
    state().autoIterations(3000);
    const session = state().session;
    expectLinesMatch(session, 'pt-BR');
    const tex = allParameterRefs(session.spec)
      .flatMap((ref) => equationLines(session, ref, 'pt-BR'))
      .map(equationTex)
      .join(' ');
    expect(tex).toContain('\\cdot 10^{');
    expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
  });

  it('chooses ReLU’s slope 0 for a unit with z ≤ 0 (a dead unit passes no gradient)', () => {
    resetAppStore();
    state().setActivation('relu');
    state().setParameter({ layer: 0, kind: 'bias', row: 0, column: 0 }, -10);
    state().completeIteration();
    const session = state().session;
    expect(session.trace.layers[0]?.z[0]).toBeLessThanOrEqual(0);
    expectLinesMatch(session, 'pt-BR');
    const line = byId(
      equationLines(session, { layer: 0, kind: 'weight', row: 0, column: 1 }, 'pt-BR'),
      'hiddenDelta',
    );
    expect(line.numbers).toContain('\\underbrace{0}');
  });

  it('uses the v from before the update in ∂L/∂a_i, and says so', () => {
    resetAppStore();
    state().setLearningRate(1);
    state().completeIteration();
    const session = state().session;
    const before = session.parameters[1]?.weights[0]?.[0] as number;
    const after = session.updatedParameters?.[1]?.weights[0]?.[0] as number;
    expect(formatValue(after, 'pt-BR')).not.toBe(formatValue(before, 'pt-BR'));
    const line = byId(
      equationLines(session, { layer: 0, kind: 'bias', row: 0, column: 0 }, 'pt-BR'),
      'hiddenSlope',
    );
    expectOperand(shownNumbers(line.numbers)[0] as string, before);
    expect(line.symbolic).toContain('v_{1}');
    expect(line.note).toBe('exercise.beforeUpdate');
  });
});

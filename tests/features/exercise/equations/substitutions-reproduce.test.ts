import { beforeEach, describe, expect, it } from 'vitest';
import {
  equationLines,
  type EquationLine,
} from '../../../../src/features/exercise/equations/equation-lines';
import { EXERCISE_ACTIVATIONS, EXERCISE_LOSSES } from '../../../../src/core/exercise/config';
import { allParameterRefs, refKey } from '../../../../src/core/network/parameter-ref';
import { translate, type Language, type MessageKey } from '../../../../src/content/ui/messages';
import type { DiagramItem } from '../../../../src/features/exercise/network-diagram/diagram-item';
import { itemEquations } from '../../../../src/features/exercise/network-diagram/equations';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

/**
 * Every live-equation substitution must come out by hand: parse the numbers the line shows (an
 * independent reading of its TeX), recompute the result with the line's operators, round it to the
 * precision the result is shown with, and find the shown result.
 */

const state = () => useAppStore.getState();

/** A number as the line shows it: its value and the unit of its last shown digit. */
interface Shown {
  value: number;
  quantum: number;
}

const NUMBER = /^-?\d+(?:(?:\{,\}|\.)\d+)?(?: \\cdot 10\^\{-?\d+\})?/;

/** "0{,}1234", "-0.5000", "1{,}234 \cdot 10^{-5}" → value and last-digit unit. */
function readNumber(text: string): Shown {
  const [mantissa = '', exponent = '0'] = text.split(' \\cdot 10^');
  const plain = mantissa.replace('{,}', '.');
  const decimals = plain.includes('.') ? (plain.split('.')[1] ?? '').length : 0;
  const power = Number(exponent.replace(/[{}]/g, ''));
  return { value: Number(plain) * 10 ** power, quantum: 10 ** (power - decimals) };
}

/** ReLU's chosen slope: \underbrace{1}_{z_{1} = 0{,}5 > 0} → "1", after checking its condition. */
function resolveUnderbraces(tex: string): string {
  return tex.replace(
    /\\underbrace\{([01])\}_\{z_\{\d\} = (.+?) (>|\\le) 0\}/g,
    (_, slope: string, z: string, relation: string) => {
      const shownZ = readNumber(z.replace(/^\((.*)\)$/, '$1')).value;
      expect(relation === '>' ? shownZ > 0 : shownZ <= 0, `ReLU condition ${z} ${relation} 0`).toBe(
        true,
      );
      expect(slope, `ReLU slope for z = ${z}`).toBe(relation === '>' ? '1' : '0');
      return slope;
    },
  );
}

/** Tokens of the arithmetic: numbers (with a sign when unary), −, +, ·, ^, parentheses. */
function tokenize(tex: string): (number | string)[] {
  const tokens: (number | string)[] = [];
  let rest = resolveUnderbraces(tex).trim();
  while (rest.length > 0) {
    const previous = tokens[tokens.length - 1];
    const unaryAllowed = previous === undefined || previous === '(';
    const number = NUMBER.exec(rest);
    if (number && (unaryAllowed || !rest.startsWith('-'))) {
      tokens.push(readNumber(number[0]).value);
      rest = rest.slice(number[0].length).trim();
      continue;
    }
    const operator = /^(\\cdot|[-+^()])/.exec(rest);
    if (!operator) throw new Error(`cannot read "${rest}" in "${tex}"`);
    tokens.push(operator[0]);
    rest = rest.slice(operator[0].length).trim();
  }
  return tokens;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "−1,234·10⁻⁵", "0.5000" (the diagram's text) → value and last-digit unit. */
function readTextNumber(text: string): Shown {
  const [mantissa = '', power] = text.replace('−', '-').replace(',', '.').split('·10');
  const exponent = [...(power ?? '')]
    .map((character) => (character === '⁻' ? '-' : String(SUPERSCRIPT.indexOf(character))))
    .join('');
  return readNumber(power === undefined ? mantissa : `${mantissa} \\cdot 10^{${exponent}}`);
}

/** The diagram's plain text: "0,5·(−0,25) + 0,1", "0.75 − 1.000" (spaced − subtracts, −0,5 is a sign). */
function tokenizeText(text: string): (number | string)[] {
  const tokens: (number | string)[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const previous = tokens[tokens.length - 1];
    const unaryAllowed = previous === undefined || previous === '(';
    const number = /^−?\d+(?:[.,]\d+)?(?:·10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?/.exec(rest);
    const usable = number && (unaryAllowed || !rest.startsWith('−')) ? number : null;
    if (usable) {
      tokens.push(readTextNumber(usable[0]).value);
    } else if (!/^[·−+()]/.test(rest)) {
      throw new Error(`cannot read "${rest}" in "${text}"`);
    }
    const token = usable ? usable[0] : (rest[0] as string);
    if (!usable) tokens.push({ '·': '\\cdot', '−': '-' }[token] ?? token);
    rest = rest.slice(token.length).trim();
  }
  return tokens;
}

/** The value of the tokens: · and ^ bind tighter than − and +, left to right. */
function evaluate(tex: string, read: (source: string) => (number | string)[] = tokenize): number {
  const tokens = read(tex);
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];
  const primary = (): number => {
    const token = take();
    if (typeof token === 'number') return token;
    if (token === '(') {
      const inner = sum();
      expect(take()).toBe(')');
      return inner;
    }
    throw new Error(`unexpected ${String(token)} in "${tex}"`);
  };
  const power = (): number => {
    const base = primary();
    if (peek() !== '^') return base;
    take();
    const exponent = primary();
    return base ** exponent;
  };
  const product = (): number => {
    let value = power();
    while (peek() === '\\cdot') {
      take();
      value *= power();
    }
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (peek() === '-' || peek() === '+') {
      const operator = take();
      const right = product();
      value = operator === '-' ? value - right : value + right;
    }
    return value;
  };
  const value = sum();
  expect(at, `all of "${tex}" read`).toBe(tokens.length);
  return value;
}

/** One substitution that does not come out by hand. */
interface Mismatch {
  line: string;
  recomputed: number;
}

/**
 * Checks every line with numbers: "operands = result" recomputed from the shown operands rounds
 * to the shown result; a line that only restates a result (∂L/∂b_i = ∂L/∂z_i) shows that result.
 */
function checkLines(lines: EquationLine[], mismatches: Mismatch[]): number {
  let checked = 0;
  const results = new Map<string, string>();
  for (const line of lines) {
    if (line.numbers === null) continue;
    const split = line.numbers.lastIndexOf(' = ');
    const resultText = split < 0 ? line.numbers : line.numbers.slice(split + 3);
    if (split < 0) {
      // the bias gradient is the delta above it, shown the same
      const source =
        line.id === 'gradient'
          ? (results.get('hiddenDelta') ?? results.get('outputDelta'))
          : undefined;
      expect(source, `the line restating ${line.numbers}`).toBeDefined();
      expect(resultText).toBe(source);
      continue;
    }
    results.set(line.id, resultText);
    const shown = readNumber(resultText.replace(/^\((.*)\)$/, '$1'));
    const recomputed = evaluate(line.numbers.slice(0, split));
    checked++;
    // rounding to the shown digit gives the shown result: within half a unit of its last digit
    if (!(Math.abs(recomputed - shown.value) <= shown.quantum * 0.5 * (1 + 1e-9))) {
      mismatches.push({ line: line.numbers, recomputed });
    }
  }
  return checked;
}

/** Every parameter's lines in the current phase. */
function checkPhase(language: Language, mismatches: Mismatch[]): number {
  const session = state().session;
  let checked = 0;
  for (const ref of allParameterRefs(session.spec)) {
    const lines = equationLines(session, ref, language, state().significantFigures);
    expect(lines.length, refKey(ref)).toBeGreaterThan(0);
    checked += checkLines(lines, mismatches);
  }
  return checked;
}

/** Steps through `iterations` whole iterations phase by phase, checking each phase. */
function checkIterations(iterations: number, mismatches: Mismatch[]): number {
  let checked = 0;
  const start = state().session.iteration;
  while (state().session.iteration < start + iterations && state().session.status === 'ok') {
    checked += checkPhase('pt-BR', mismatches);
    checked += checkPhase('en', mismatches);
    state().nextPhase();
  }
  return checked;
}

const models = EXERCISE_ACTIVATIONS.flatMap((activation) =>
  EXERCISE_LOSSES.flatMap((loss) =>
    (['lesson', 'xor'] as const).map((dataset) => ({ activation, loss, dataset })),
  ),
);

beforeEach(() => resetAppStore());

describe('live-equation substitutions reproduce by hand from the numbers shown', () => {
  const cases = [4, 6].flatMap((figures) => models.map((model) => ({ ...model, figures })));
  it.each(cases)('$activation, $loss, $dataset, $figures figures', (model) => {
    const { activation, loss, dataset, figures } = model;
    const mismatches: Mismatch[] = [];
    let checked = 0;
    for (const learningRate of [0.1, 1]) {
      resetAppStore();
      state().setSignificantFigures(figures);
      state().setDataset(dataset);
      state().setActivation(activation);
      state().setLoss(loss);
      state().setLearningRate(learningRate);
      // the first iterations by hand, then again after training has saturated the output
      checked += checkIterations(6, mismatches);
      state().autoIterations(400);
      state().nextPhase();
      checked += checkIterations(4, mismatches);
    }
    expect(checked).toBeGreaterThan(1000);
    expect(mismatches).toEqual([]);
  });
});

/** The diagram's items: every input, neuron and parameter of the 2–2–1 net. */
function diagramItems(): DiagramItem[] {
  const { spec } = state().session;
  return [
    ...Array.from({ length: spec.inputSize }, (_, row): DiagramItem => ({ kind: 'input', row })),
    ...spec.layers.flatMap((layer, index) =>
      Array.from({ length: layer.size }, (_, row): DiagramItem => ({
        kind: 'neuron',
        layer: index,
        row,
      })),
    ),
    ...allParameterRefs(spec).map((ref): DiagramItem => ({ kind: 'parameter', ref })),
  ];
}

/** The diagram's details lines "… = operands = result" whose operands are numbers only. */
function checkDiagramPhase(language: Language, mismatches: Mismatch[]): number {
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    translate(language, key, values);
  const context = {
    session: state().session,
    language,
    t,
    figures: state().significantFigures,
  };
  let checked = 0;
  for (const item of diagramItems()) {
    for (const line of itemEquations(item, context)) {
      const parts = line.split(' = ');
      const operands = parts.at(-2) ?? '';
      const result = parts.at(-1) ?? '';
      if (
        parts.length < 3 ||
        !/^[\d.,·−+() ⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+$/.test(operands) ||
        !/[·−+]/.test(operands)
      )
        continue;
      const shown = readTextNumber(result);
      const recomputed = evaluate(operands, tokenizeText);
      checked++;
      if (!(Math.abs(recomputed - shown.value) <= shown.quantum * 0.5 * (1 + 1e-9))) {
        mismatches.push({ line, recomputed });
      }
    }
  }
  return checked;
}

describe('the diagram’s details reproduce by hand from the numbers shown', () => {
  it.each(models)('$activation, $loss, $dataset', ({ activation, loss, dataset }) => {
    const mismatches: Mismatch[] = [];
    let checked = 0;
    for (const figures of [4, 6]) {
      resetAppStore();
      state().setSignificantFigures(figures);
      state().setDataset(dataset);
      state().setActivation(activation);
      state().setLoss(loss);
      state().setLearningRate(1);
      for (const stretch of [0, 400]) {
        if (stretch > 0) {
          state().autoIterations(stretch);
          state().nextPhase();
        }
        const start = state().session.iteration;
        while (state().session.iteration < start + 3 && state().session.status === 'ok') {
          checked += checkDiagramPhase('pt-BR', mismatches);
          checked += checkDiagramPhase('en', mismatches);
          state().nextPhase();
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(mismatches).toEqual([]);
  });
});

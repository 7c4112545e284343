// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NumericQuiz } from '../../src/content/lesson/lesson-types';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';
import { ACTIVATION_FUNCTIONS } from '../../src/core/functions/activations';
import { sigmoid } from '../../src/core/scalar';
import { parseDecimal } from '../../src/progress/kinds/numeric/number-text';
import { parseNumericKey } from '../../src/progress/kinds/numeric/numeric-syntax';
import { isCorrectNumber, rightInterval } from '../../src/progress/kinds/numeric/score';
import { lessonQuizzes } from '../../src/progress/lesson-quizzes';
import { formatField, formatValue, roundToFigures } from '../../src/ui/format';
import { parseTypedNumber } from '../../src/ui/parse-number';
import { blocksOfType, messages, parseSection } from '../content/lesson-test-helpers';

describe('decimal numbers as learners type them', () => {
  it.each([
    ['0,25', 0.25],
    ['0.25', 0.25],
    [' -1,5 ', -1.5],
    ['−0,5', -0.5],
    ['+3', 3],
    [',5', 0.5],
    ['2,5e-3', 0.0025],
    ['1E3', 1000],
    ['0,5', 0.5],
    ['0.5', 0.5],
    ['5.', 5],
    ['1,6·10⁻⁶', 1.6e-6],
    ['\u22121,6·10⁻⁶', -1.6e-6],
    ['3·10¹²', 3e12],
    ['1,2 × 10^-4', 1.2e-4],
    ['1.2*10^(−4)', 1.2e-4],
    ['–2', -2],
  ])('reads "%s" as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each([
    '',
    'abc',
    '1,234,5',
    '1.234,5',
    '0,25 s',
    '1e',
    '--1',
    '1 000',
    'Infinity',
    'NaN',
    '1e999',
    '1,2·10',
    '·10⁻⁴',
    '1,2·10⁻',
    '1,2,3',
    '1 ·',
    '-',
  ])('refuses "%s"', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('numbers as the app writes them', () => {
  it('reads back what formatValue and formatField show, in both languages', () => {
    for (const language of ['pt-BR', 'en'] as const) {
      for (const value of [-0.5, 1.6e-6, -2.345e-5, 0.1, 12345.6, 3e12, 0]) {
        expect(parseDecimal(formatField(value, language))).toBe(roundToFigures(value, 4));
        expect(parseDecimal(formatValue(value, language))).toBe(roundToFigures(value, 4));
      }
    }
  });

  it('is the parser the number fields use', () => {
    expect(parseTypedNumber).toBe(parseDecimal);
  });
});

describe('a numeric key as authors write it', () => {
  it('reads value, absolute or relative tolerance and a unit', () => {
    expect(parseNumericKey('0,25')).toEqual({
      value: 0.25,
      tolerance: { type: 'absolute', amount: 0 },
      unit: null,
    });
    expect(parseNumericKey('0,25 ± 0,005')).toEqual({
      value: 0.25,
      tolerance: { type: 'absolute', amount: 0.005 },
      unit: null,
    });
    expect(parseNumericKey('12 +- 2% s')).toEqual({
      value: 12,
      tolerance: { type: 'relative', amount: 0.02 },
      unit: 's',
    });
  });

  it.each([
    ['about 3', 'does not start with a number'],
    ['3 ± x', 'tolerance "x"'],
    ['3 ± -1', 'tolerance "-1"'],
    ['3 4', 'is not a unit'],
  ])('explains what is wrong with "%s"', (text, message) => {
    const key = parseNumericKey(text);
    expect('error' in key && key.error).toContain(message);
  });
});

describe('scoring a number against the key', () => {
  const key = (value: number, tolerance: NumericQuiz['tolerance']) => ({ value, tolerance });

  it('accepts exactly the interval value ± tolerance (absolute)', () => {
    const quiz = key(0.25, { type: 'absolute', amount: 0.01 });
    expect(isCorrectNumber(quiz, 0.25)).toBe(true);
    expect(isCorrectNumber(quiz, 0.26)).toBe(true);
    expect(isCorrectNumber(quiz, 0.24)).toBe(true);
    expect(isCorrectNumber(quiz, 0.2601)).toBe(false);
    expect(isCorrectNumber(quiz, 0.2399)).toBe(false);
    expect(rightInterval(quiz).low).toBeCloseTo(0.24, 12);
  });

  it('scales a relative tolerance by |value|', () => {
    const quiz = key(-200, { type: 'relative', amount: 0.05 });
    expect(isCorrectNumber(quiz, -210)).toBe(true);
    expect(isCorrectNumber(quiz, -211)).toBe(false);
    expect(isCorrectNumber(quiz, 200)).toBe(false);
  });

  it('forgives floating-point rounding but nothing more when no tolerance is given', () => {
    const quiz = key(0.3, { type: 'absolute', amount: 0 });
    expect(isCorrectNumber(quiz, 0.1 + 0.2)).toBe(true);
    expect(isCorrectNumber(quiz, 0.3001)).toBe(false);
    expect(isCorrectNumber(quiz, Number.NaN)).toBe(false);
  });
});

describe('numeric quizzes in the lesson syntax', () => {
  const numericOf = (...lines: string[]) => {
    const result = parseSection('<!-- quiz: slope -->', ...lines);
    const quiz = blocksOfType(result.lesson, 'quiz')[0]?.quiz;
    return { result, quiz };
  };

  it('reads "- [=]" in <quiz> and "answer-numeric:" in <?quiz?> alike', () => {
    const fresh = numericOf('<quiz>', 'σ′(0)?', '- [=] 0,25 ± 0,001', '', 'Because.', '</quiz>');
    const old = numericOf(
      '<?quiz?>',
      'question: σ′(0)?',
      'answer-numeric: 0.25 ± 0.001',
      'content:',
      'Because.',
      '<?/quiz?>',
    );
    for (const { result, quiz } of [fresh, old]) {
      expect(result.diagnostics).toEqual([]);
      expect(quiz).toMatchObject({
        kind: 'numeric',
        id: 'slope',
        value: 0.25,
        tolerance: { type: 'absolute', amount: 0.001 },
        unit: null,
      });
    }
  });

  it.each([
    [['- [=] about 3'], 'does not start with a number'],
    [['- [=] 1', '- [=] 2'], 'one answer line'],
    [['- [x] a', '- [=] 2'], 'mixes options'],
  ])('reports %j', (answers, message) => {
    const { result } = numericOf('<quiz>', 'Q?', ...answers, '', 'E.', '</quiz>');
    expect(messages(result, 'error')).toEqual([expect.stringContaining(message)]);
  });
});

describe('the lesson files', () => {
  it.each(['pt-BR', 'en'])(
    '%s has the sigmoid-slope numeric quiz, and its key is what the core computes',
    (language) => {
      const source = readFileSync(`src/content/lesson/lesson.${language}.md`, 'utf8');
      const numeric = lessonQuizzes(parseLesson(source).lesson).filter(
        (quiz): quiz is NumericQuiz => quiz.kind === 'numeric',
      );
      const quiz = numeric.find((item) => item.id === 'sigmoid-slope-from-output');
      expect(quiz).toBeDefined();
      // σ′(z) for the z whose output is 0.8, from the core's own slope
      const z = Math.log(0.8 / 0.2);
      const slope = ACTIVATION_FUNCTIONS.sigmoid.derivative(z, sigmoid(z));
      expect(isCorrectNumber(quiz!, slope)).toBe(true);
      expect(quiz!.value).toBeCloseTo(slope, 12);
    },
  );
});

import type { QuizKindDefinition } from '../kind-definition.ts';
import { parseNumericKey } from './numeric-syntax.ts';
import { isCorrectNumber, isValidNumber } from './score.ts';

/** A decimal as SCORM 1.2 and suspend_data write it: JavaScript's shortest round-trip form. */
function decimal(value: number): string {
  return String(value);
}

/** A number to type: `- [=] 0,25 ± 0,005`, or `answer-numeric: 0,25 ± 0,005`. */
export const numericKind: QuizKindDefinition<'numeric'> = {
  kind: 'numeric',
  syntax: { markers: ['='], oldKeys: { 'answer-numeric': '=' } },

  build(lines, _quizLine, tools) {
    const [first, ...more] = lines;
    if (!first) return null;
    for (const extra of more) {
      tools.error(extra.line, 'a numeric quiz has one answer line ("- [=]" or "answer-numeric:")');
    }
    const key = parseNumericKey(first.text);
    if ('error' in key) {
      tools.error(first.line, key.error);
      return null;
    }
    return { kind: 'numeric', ...key };
  },

  inlines: () => [],

  difference(reference, translation) {
    const same =
      reference.value === translation.value &&
      reference.tolerance.type === translation.tolerance.type &&
      reference.tolerance.amount === translation.tolerance.amount;
    return same
      ? null
      : `expects ${translation.value} (± ${translation.tolerance.amount}${translation.tolerance.type === 'relative' ? ' relative' : ''}) but in {reference} ${reference.value} (± ${reference.tolerance.amount}${reference.tolerance.type === 'relative' ? ' relative' : ''})`;
  },

  summary: (quiz) => ({ value: quiz.value, tolerance: quiz.tolerance, unit: quiz.unit }),

  readResponse(value) {
    return typeof value.value === 'number' && Number.isFinite(value.value)
      ? { kind: 'numeric', value: value.value }
      : null;
  },

  isValid: (_quiz, response) => isValidNumber(response.value),
  isCorrect: (quiz, response) => isCorrectNumber(quiz, response.value),

  encode: (response) => `=${decimal(response.value)}`,
  decode(code) {
    if (!code.startsWith('=')) return null;
    const text = code.slice(1);
    const value = text === '' ? Number.NaN : Number(text);
    return Number.isFinite(value) ? { kind: 'numeric', value } : null;
  },

  interaction: (quiz, response) => ({
    type: 'numeric',
    studentResponse: decimal(response.value),
    correctPattern: quiz ? decimal(quiz.value) : null,
  }),
};

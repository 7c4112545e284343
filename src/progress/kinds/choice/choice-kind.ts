import { normalizeChoice } from '../../answers.ts';
import type { QuizKindDefinition } from '../kind-definition.ts';
import { correctOptions, isCorrectChoice, isValidChoice } from './score.ts';

/** Option index → one character in suspend_data; indices are below MAX_OPTIONS (64). */
const OPTION_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.';

/** SCORM 1.2 choice responses are single characters 0–9 or a–z: letters first, then digits. */
const RESPONSE_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Option indices as a SCORM 1.2 choice response ("a,c"); indices past 35 have no character. */
export function choiceResponse(indices: readonly number[]): string {
  return indices
    .map((index) => RESPONSE_CHARACTERS[index])
    .filter((character): character is string => character !== undefined)
    .join(',');
}

/** Options to tick: `- [ ]` / `- [x]`, or `answer:` / `answer-correct:`. */
export const choiceKind: QuizKindDefinition<'choice'> = {
  kind: 'choice',
  syntax: { markers: [' ', 'x', 'X'], oldKeys: { answer: ' ', 'answer-correct': 'x' } },

  build(lines, quizLine, tools) {
    const options = lines.map((line) => {
      if (line.text.trim() === '') tools.error(line.line, 'quiz option is empty');
      return { content: tools.inline(line.text, line.line), correct: line.marker !== ' ' };
    });
    if (options.length === 0) return null;
    const correct = options.filter((option) => option.correct).length;
    if (correct === 0) {
      tools.error(quizLine, 'quiz has no correct answer (a "- [x]" or "answer-correct:" line)');
    }
    return { kind: 'choice', options, multiple: correct > 1 };
  },

  inlines: (quiz) => quiz.options.map((option) => option.content),

  difference(reference, translation) {
    if (translation.options.length !== reference.options.length) {
      return `has ${translation.options.length} options but in {reference} it has ${reference.options.length}`;
    }
    const expected = correctOptions(reference).map((index) => index + 1);
    const actual = correctOptions(translation).map((index) => index + 1);
    return expected.join() === actual.join()
      ? null
      : `has correct options [${actual.join(', ')}] but in {reference} [${expected.join(', ')}]`;
  },

  summary(quiz) {
    const correct = correctOptions(quiz).map((index) => index + 1);
    return { options: quiz.options.length, correct, multiple: quiz.multiple };
  },

  readResponse(value) {
    const chosen = normalizeChoice(value.chosen);
    return chosen && chosen.length > 0 ? { kind: 'choice', chosen } : null;
  },

  isValid: (quiz, response) => isValidChoice(quiz, response.chosen),
  isCorrect: (quiz, response) => isCorrectChoice(quiz, response.chosen),

  encode: (response) => response.chosen.map((index) => OPTION_CHARACTERS[index] ?? '').join(''),
  decode(code) {
    const chosen = [...code].map((character) => OPTION_CHARACTERS.indexOf(character));
    const normalized = normalizeChoice(chosen);
    return normalized && normalized.length > 0 ? { kind: 'choice', chosen: normalized } : null;
  },

  interaction: (quiz, response) => ({
    type: 'choice',
    studentResponse: choiceResponse(response.chosen),
    correctPattern: quiz ? choiceResponse(correctOptions(quiz)) : null,
  }),
};

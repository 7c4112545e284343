import type { ChoiceQuiz } from '../../../content/lesson/lesson-types';

type Scored = Pick<ChoiceQuiz, 'options' | 'multiple'>;

/** What the learner is told about one option after checking. */
export type OptionVerdict =
  /** ticked and correct: "Correta" */
  | 'correct'
  /** ticked but wrong: "Incorreta" */
  | 'incorrect'
  /** correct but not ticked: "Faltou marcar" */
  | 'missed'
  /** neither ticked nor correct: nothing to say */
  | null;

/** True when `chosen` can be an attempt at `quiz`: at least one option, all in range, one if single. */
export function isValidChoice(quiz: Scored, chosen: readonly number[]): boolean {
  if (chosen.length === 0) return false;
  if (!quiz.multiple && chosen.length !== 1) return false;
  return chosen.every(
    (index) => Number.isInteger(index) && index >= 0 && index < quiz.options.length,
  );
}

/** Correct exactly when the ticked options are the correct ones: no more, no fewer. */
export function isCorrectChoice(quiz: Scored, chosen: readonly number[]): boolean {
  if (!isValidChoice(quiz, chosen)) return false;
  const ticked = new Set(chosen);
  return quiz.options.every((option, index) => option.correct === ticked.has(index));
}

/** The verdict on every option of `quiz` for the attempt `chosen`. */
export function optionVerdicts(quiz: Scored, chosen: readonly number[]): OptionVerdict[] {
  const ticked = new Set(chosen);
  return quiz.options.map((option, index) => {
    if (ticked.has(index)) return option.correct ? 'correct' : 'incorrect';
    return option.correct ? 'missed' : null;
  });
}

/** The indices of the correct options, ascending. */
export function correctOptions(quiz: Pick<ChoiceQuiz, 'options'>): number[] {
  return quiz.options.flatMap((option, index) => (option.correct ? [index] : []));
}

/** The selection after toggling option `index`: a radio replaces it, a checkbox flips it. */
export function toggleChoice(selection: readonly number[], index: number, multiple: boolean) {
  if (!multiple) return [index];
  return selection.includes(index)
    ? selection.filter((chosen) => chosen !== index)
    : [...selection, index].sort((a, b) => a - b);
}

import type { ChoiceQuiz } from '../../../content/lesson/lesson-types.ts';
import { escapeHtml } from '../../export/blocks-to-html.ts';
import type { ExportContext } from '../../export/export-context.ts';
import { moodleHtmlField, moodleQuestionXml } from '../../export/moodle-parts.ts';
import {
  qtiFeedbackCondition,
  qtiItemFeedback,
  qtiItemXml,
  qtiMattext,
} from '../../export/qti-parts.ts';
import { cdata, decimal } from '../../export/xml.ts';

/**
 * The grade fractions Moodle accepts for an answer, besides 0 and 1 (and their negatives):
 * p/q for q ≤ 6, p/10, 1/q for q ≤ 10, and 1/20, to 7 decimal places (question_bank's list).
 */
export const MOODLE_FRACTIONS: readonly number[] = [
  1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667,
  0.1428571, 0.125, 0.1111111, 0.1, 0.05,
];

/**
 * The share of the grade, in percent as Moodle XML writes it, that each of `count` correct options
 * earns, so that ticking all of them gives 100 %: 100, 50, 33.33333, 25, … Moodle refuses other
 * fractions, so a count without an allowed 1/count (more than 10) is an error.
 */
export function moodleCorrectShare(count: number): string {
  const share = MOODLE_FRACTIONS.find((fraction) => Math.abs(fraction * count - 1) < 1e-6);
  if (share === undefined) {
    throw new Error(`Moodle has no grade fraction for 1/${count}: at most 10 correct options`);
  }
  return decimal(share * 100);
}

/** The option's identifier in a QTI item: a1, a2, … (one item's options only). */
function answerId(index: number): string {
  return `a${index + 1}`;
}

/** The app's verdict on an option, as HTML. */
function verdict(correct: boolean, context: ExportContext): string {
  return escapeHtml(correct ? context.feedback.correct : context.feedback.incorrect);
}

/**
 * A `multichoice` question. One correct option: `<single>true</single>`, 100 for it and 0 for the
 * others. Several: each correct option earns an equal share of 100 and each wrong one −100.
 * Moodle's core multichoice is not all-or-nothing like the app: ticking some of the correct options
 * and no wrong one earns partial credit; the −100 makes a wrong tick cancel what the right ones
 * earned (Moodle never grades below 0). The options are written in the lesson's order with
 * `shuffleanswers` on: Moodle shuffles them per attempt when the quiz's "Shuffle within questions"
 * is set, as the app does per learner.
 */
export function moodleQuestion(quiz: ChoiceQuiz, context: ExportContext): string {
  const correctCount = quiz.options.filter((option) => option.correct).length;
  const fraction = (correct: boolean): string => {
    if (!quiz.multiple) return correct ? '100' : '0';
    return correct ? moodleCorrectShare(correctCount) : '-100';
  };
  const answers = quiz.options.map((option) =>
    [
      `    <answer fraction="${fraction(option.correct)}" format="html">`,
      `      <text>${cdata(context.inlineHtml(option.content))}</text>`,
      moodleHtmlField('feedback', verdict(option.correct, context), '      '),
      '    </answer>',
    ].join('\n'),
  );
  return moodleQuestionXml('multichoice', quiz, context, [
    `    <single>${quiz.multiple ? 'false' : 'true'}</single>`,
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
    ...answers,
  ]);
}

/**
 * A `multiple_choice_question` (one correct option, radios) or `multiple_answers_question`
 * (checkboxes). The scoring condition states the app's rule: 100 for exactly the correct options.
 * Canvas reads from it which options are correct and then grades with its own rule for multiple
 * answers (a share for each correct option ticked, the same share off for each wrong one), so,
 * as in Moodle, several correct options earn partial credit. Each option shows the app's verdict on
 * it as its feedback when ticked. The options are in the lesson's order with QTI's
 * `shuffle="Yes"`, so that an LMS that honours it shuffles them, as the app does per learner.
 */
export function qtiItem(quiz: ChoiceQuiz, context: ExportContext): string {
  const labels = quiz.options.map((option, index) =>
    [
      `              <response_label ident="${answerId(index)}">`,
      `                <material>${qtiMattext(context.inlineHtml(option.content))}</material>`,
      '              </response_label>',
    ].join('\n'),
  );
  const response = [
    `          <response_lid ident="response1" rcardinality="${quiz.multiple ? 'Multiple' : 'Single'}">`,
    '            <render_choice shuffle="Yes">',
    ...labels,
    '            </render_choice>',
    '          </response_lid>',
  ].join('\n');
  const picked = (index: number) => `<varequal respident="response1">${answerId(index)}</varequal>`;
  const feedbackConditions = quiz.options.map((_option, index) =>
    qtiFeedbackCondition(picked(index), `${answerId(index)}_fb`),
  );
  const rightAnswer = quiz.multiple
    ? `<and>${quiz.options
        .map((option, index) => (option.correct ? picked(index) : `<not>${picked(index)}</not>`))
        .join('')}</and>`
    : quiz.options.map((option, index) => (option.correct ? picked(index) : '')).join('');
  const scoring = [
    '          <respcondition continue="No">',
    `            <conditionvar>${rightAnswer}</conditionvar>`,
    '            <setvar action="Set" varname="SCORE">100</setvar>',
    '          </respcondition>',
  ].join('\n');
  const feedbacks = quiz.options.map((option, index) =>
    qtiItemFeedback(`${answerId(index)}_fb`, verdict(option.correct, context)),
  );
  return qtiItemXml(quiz, context, {
    questionType: quiz.multiple ? 'multiple_answers_question' : 'multiple_choice_question',
    response,
    conditions: [...feedbackConditions, scoring],
    feedbacks,
  });
}

import type { NumericQuiz } from '../../../content/lesson/lesson-types.ts';
import { escapeHtml } from '../../export/blocks-to-html.ts';
import type { ExportContext } from '../../export/export-context.ts';
import { moodleHtmlField, moodleQuestionXml } from '../../export/moodle-parts.ts';
import {
  INCORRECT_FEEDBACK_ID,
  qtiFeedbackCondition,
  qtiItemFeedback,
  qtiItemXml,
} from '../../export/qti-parts.ts';
import { decimal, escapeXml } from '../../export/xml.ts';

/**
 * The tolerance as an absolute distance from the value, the only kind Moodle and Canvas know: a
 * relative tolerance is its fraction of |value| (1 % of 250 is 2.5).
 */
export function absoluteTolerance(quiz: Pick<NumericQuiz, 'value' | 'tolerance'>): number {
  const { type, amount } = quiz.tolerance;
  return type === 'absolute' ? amount : amount * Math.abs(quiz.value);
}

/**
 * A `numerical` question: the value with its absolute tolerance (fraction 100, the app's "correct"
 * verdict as feedback), then `*` (any other number: fraction 0, the "incorrect" verdict). A unit
 * becomes Moodle's only unit (multiplier 1), optional: the learner may type the number alone, as in
 * the app, or followed by the unit.
 */
export function moodleQuestion(quiz: NumericQuiz, context: ExportContext): string {
  const answer = (text: string, fraction: number, tolerance: string, feedback: string) =>
    [
      `    <answer fraction="${fraction}" format="moodle_auto_format">`,
      `      <text>${escapeXml(text)}</text>`,
      `      <tolerance>${tolerance}</tolerance>`,
      moodleHtmlField('feedback', escapeHtml(feedback), '      '),
      '    </answer>',
    ].join('\n');
  const units = quiz.unit
    ? [
        '    <units>',
        `      <unit><multiplier>1</multiplier><unit_name>${escapeXml(quiz.unit)}</unit_name></unit>`,
        '    </units>',
      ]
    : [];
  return moodleQuestionXml('numerical', quiz, context, [
    answer(decimal(quiz.value), 100, decimal(absoluteTolerance(quiz)), context.feedback.correct),
    answer('*', 0, '0', context.feedback.incorrect),
    ...units,
    '    <unitgradingtype>0</unitgradingtype>',
    '    <unitpenalty>0.1000000</unitpenalty>',
    // 0: units optional, typed in the answer field; 3: no units
    `    <showunits>${quiz.unit ? 0 : 3}</showunits>`,
    '    <unitsleft>0</unitsleft>',
  ]);
}

/** The identifier of the numeric answer in a QTI item (its feedback is `a1_fb`). */
const ANSWER_ID = 'a1';

/**
 * A `numerical_question` written as Canvas writes an "exact answer with margin": right when the
 * number typed equals the value or lies in [value − tolerance, value + tolerance]. The right answer
 * shows the "correct" verdict; any other, the "incorrect" one. Canvas's numerical questions have
 * no unit, so the quiz's unit is not written.
 */
export function qtiItem(quiz: NumericQuiz, context: ExportContext): string {
  const tolerance = absoluteTolerance(quiz);
  const response = [
    '          <response_str ident="response1" rcardinality="Single">',
    '            <render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib>',
    '          </response_str>',
  ].join('\n');
  const scoring = [
    '          <respcondition continue="No">',
    '            <conditionvar><or>',
    `              <varequal respident="response1">${decimal(quiz.value)}</varequal>`,
    '              <and>',
    `                <vargte respident="response1">${decimal(quiz.value - tolerance)}</vargte>`,
    `                <varlte respident="response1">${decimal(quiz.value + tolerance)}</varlte>`,
    '              </and>',
    '            </or></conditionvar>',
    '            <setvar action="Set" varname="SCORE">100</setvar>',
    `            <displayfeedback feedbacktype="Response" linkrefid="${ANSWER_ID}_fb"/>`,
    '          </respcondition>',
  ].join('\n');
  return qtiItemXml(quiz, context, {
    questionType: 'numerical_question',
    response,
    conditions: [scoring, qtiFeedbackCondition('<other/>', INCORRECT_FEEDBACK_ID)],
    feedbacks: [
      qtiItemFeedback(`${ANSWER_ID}_fb`, escapeHtml(context.feedback.correct)),
      qtiItemFeedback(INCORRECT_FEEDBACK_ID, escapeHtml(context.feedback.incorrect)),
    ],
  });
}

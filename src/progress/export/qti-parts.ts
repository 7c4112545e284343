import type { Quiz } from '../../content/lesson/lesson-types.ts';
import type { ExportContext } from './export-context.ts';
import { escapeXml } from './xml.ts';

/** Canvas's question types for QTI 1.2 (`question_type` in an item's qtimetadata). */
export type CanvasQuestionType =
  'multiple_choice_question' | 'multiple_answers_question' | 'numerical_question';

/** The feedback Canvas shows after answering whatever the answer: the quiz's explanation. */
export const GENERAL_FEEDBACK_ID = 'general_fb';
/** The feedback Canvas shows after a wrong answer. */
export const INCORRECT_FEEDBACK_ID = 'general_incorrect_fb';

/** `<mattext>` with HTML, escaped as text, the way Canvas writes it. */
export function qtiMattext(html: string): string {
  return `<mattext texttype="text/html">${escapeXml(html)}</mattext>`;
}

/** An `<itemfeedback>` that a `<displayfeedback linkrefid="id">` shows. */
export function qtiItemFeedback(id: string, html: string): string {
  return [
    `        <itemfeedback ident="${escapeXml(id)}">`,
    `          <flow_mat><material>${qtiMattext(html)}</material></flow_mat>`,
    '        </itemfeedback>',
  ].join('\n');
}

/** A `<respcondition>` that goes on to the next one and shows the feedback `id`. */
export function qtiFeedbackCondition(condition: string, id: string): string {
  return [
    '          <respcondition continue="Yes">',
    `            <conditionvar>${condition}</conditionvar>`,
    `            <displayfeedback feedbacktype="Response" linkrefid="${escapeXml(id)}"/>`,
    '          </respcondition>',
  ].join('\n');
}

export interface QtiItemParts {
  questionType: CanvasQuestionType;
  /** The response element(s) inside `<presentation>` after the question text. */
  response: string;
  /** The `<respcondition>`s after the one showing the general feedback. */
  conditions: readonly string[];
  /** The `<itemfeedback>`s besides the general feedback. */
  feedbacks: readonly string[];
}

/**
 * One QTI 1.2 `<item>` as Canvas writes and reads it: ident = the quiz id, worth 1 point, the
 * question text, a SCORE from 0 to 100, and the explanation, if any, as general feedback
 * (`general_fb`, shown after every answer) before the kind's own conditions and feedback.
 */
export function qtiItemXml(quiz: Quiz, context: ExportContext, parts: QtiItemParts): string {
  const explanation = context.blocksHtml(quiz.explanation);
  const field = (label: string, entry: string) =>
    `            <qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${escapeXml(entry)}</fieldentry></qtimetadatafield>`;
  return [
    `      <item ident="${escapeXml(quiz.id)}" title="${escapeXml(quiz.id)}">`,
    '        <itemmetadata>',
    '          <qtimetadata>',
    field('question_type', parts.questionType),
    field('points_possible', '1'),
    '          </qtimetadata>',
    '        </itemmetadata>',
    '        <presentation>',
    `          <material>${qtiMattext(context.blocksHtml(quiz.question))}</material>`,
    parts.response,
    '        </presentation>',
    '        <resprocessing>',
    '          <outcomes>',
    '            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>',
    '          </outcomes>',
    ...(explanation ? [qtiFeedbackCondition('<other/>', GENERAL_FEEDBACK_ID)] : []),
    ...parts.conditions,
    '        </resprocessing>',
    ...(explanation ? [qtiItemFeedback(GENERAL_FEEDBACK_ID, explanation)] : []),
    ...parts.feedbacks,
    '      </item>',
  ].join('\n');
}

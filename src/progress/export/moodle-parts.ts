import type { Quiz } from '../../content/lesson/lesson-types.ts';
import type { ExportContext } from './export-context.ts';
import { cdata, escapeXml } from './xml.ts';

/** A Moodle text field holding HTML: `<tag format="html"><text><![CDATA[…]]></text></tag>`. */
export function moodleHtmlField(tag: string, html: string, indent = '    '): string {
  return `${indent}<${tag} format="html"><text>${cdata(html)}</text></${tag}>`;
}

/**
 * One `<question>` of a Moodle XML file: the parts every type shares (name = the quiz id, question
 * text, general feedback = the explanation, worth 1 mark) around the type's own `body` lines.
 */
export function moodleQuestionXml(
  type: string,
  quiz: Quiz,
  context: ExportContext,
  body: readonly string[],
): string {
  return [
    `  <question type="${type}">`,
    `    <name><text>${escapeXml(quiz.id)}</text></name>`,
    moodleHtmlField('questiontext', context.blocksHtml(quiz.question)),
    moodleHtmlField('generalfeedback', context.blocksHtml(quiz.explanation)),
    '    <defaultgrade>1</defaultgrade>',
    ...body,
    '  </question>',
  ].join('\n');
}

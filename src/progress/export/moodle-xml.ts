import type { Lesson } from '../../content/lesson/lesson-types';
import type { Language } from '../../content/ui/messages';
import { lessonQuizzes } from '../lesson-quizzes';
import { exportContext } from './export-context';
import { moodleQuestion } from './kind-exports';
import { escapeXml } from './xml';

/**
 * A category path segment: Moodle splits paths on `/` and reads `//` as a slash in a name.
 */
function categorySegment(name: string): string {
  return name.replace(/\//g, '//');
}

/** The bank's name: the lesson title and the language ("… (pt-BR)"). */
export function bankTitle(lesson: Lesson, language: Language): string {
  return `${lesson.title} (${language})`;
}

/**
 * Every quiz of `lesson` as a Moodle XML question bank (Question bank → Import → Moodle XML
 * format): a category named after the lesson and its language, then one question per quiz in
 * lesson order: `multichoice` for choice quizzes, `numerical` for numeric ones.
 */
export function moodleXml(lesson: Lesson, language: Language): string {
  const context = exportContext(language);
  const category = `$course$/top/${categorySegment(bankTitle(lesson, language))}`;
  const questions = lessonQuizzes(lesson).map((quiz) => moodleQuestion(quiz, context));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    '  <question type="category">',
    `    <category><text>${escapeXml(category)}</text></category>`,
    '    <info format="html"><text></text></info>',
    '  </question>',
    ...questions,
    '</quiz>',
    '',
  ].join('\n');
}

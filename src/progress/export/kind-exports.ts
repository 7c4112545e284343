import type { Quiz } from '../../content/lesson/lesson-types';
import { kindDefinition } from '../kinds/registry';
import type { ExportContext } from './export-context';

/** The quiz as one Moodle XML `<question>`, by its kind (see each kind's export.ts). */
export function moodleQuestion(quiz: Quiz, context: ExportContext): string {
  return kindDefinition(quiz.kind).export.moodleQuestion(quiz, context);
}

/** The quiz as one QTI 1.2 `<item>`, by its kind. */
export function qtiItem(quiz: Quiz, context: ExportContext): string {
  return kindDefinition(quiz.kind).export.qtiItem(quiz, context);
}

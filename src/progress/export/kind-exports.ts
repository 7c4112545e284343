import type { Quiz, QuizKind } from '../../content/lesson/lesson-types';
import * as choiceExport from '../kinds/choice/export';
import * as numericExport from '../kinds/numeric/export';
import type { ExportContext, KindExporter } from './export-context';

/**
 * Every quiz kind's question-bank exporter, once. Typed by quiz kind, so a new kind without an
 * exporter does not compile.
 */
export const KIND_EXPORTS: { [K in QuizKind]: KindExporter<K> } = {
  choice: choiceExport,
  numeric: numericExport,
};

function exporterFor(quiz: Quiz): KindExporter<QuizKind> {
  return KIND_EXPORTS[quiz.kind] as KindExporter<QuizKind>;
}

/** The quiz as one Moodle XML `<question>`, by its kind. */
export function moodleQuestion(quiz: Quiz, context: ExportContext): string {
  return exporterFor(quiz).moodleQuestion(quiz, context);
}

/** The quiz as one QTI 1.2 `<item>`, by its kind. */
export function qtiItem(quiz: Quiz, context: ExportContext): string {
  return exporterFor(quiz).qtiItem(quiz, context);
}

import type { Quiz, QuizKind } from '../../content/lesson/lesson-types';
import * as choiceExport from '../kinds/choice/export';
import * as numericExport from '../kinds/numeric/export';
import type { ExportContext, KindExporter } from './export-context';

/**
 * Every quiz kind's question-bank export, once, typed by the kind like QUIZ_KINDS (a kind
 * without its export fails the typecheck). Kept apart from the kinds' registry: only the export
 * script needs it.
 */
const KIND_EXPORTS: { [K in QuizKind]: KindExporter<K> } = {
  choice: choiceExport,
  numeric: numericExport,
};

const exporterOf = (kind: QuizKind): KindExporter<QuizKind> =>
  KIND_EXPORTS[kind] as KindExporter<QuizKind>;

/** The quiz as one Moodle XML `<question>`, by its kind (see each kind's export.ts). */
export function moodleQuestion(quiz: Quiz, context: ExportContext): string {
  return exporterOf(quiz.kind).moodleQuestion(quiz, context);
}

/** The quiz as one QTI 1.2 `<item>`, by its kind. */
export function qtiItem(quiz: Quiz, context: ExportContext): string {
  return exporterOf(quiz.kind).qtiItem(quiz, context);
}

import type { Block, Inline, Quiz, QuizKind } from '../../content/lesson/lesson-types';
import type { Language } from '../../content/ui/messages';
import { quizMessages } from '../../content/ui/quiz-messages';
import { blocksToHtml, inlinesToHtml } from './blocks-to-html';

/** What a kind's exporter is lent to write one question of a bank. */
export interface ExportContext {
  language: Language;
  /** Lesson blocks (a question, an explanation) as safe HTML. */
  blocksHtml: (blocks: readonly Block[]) => string;
  /** Inline content (an option) as safe HTML. */
  inlineHtml: (inlines: readonly Inline[]) => string;
  /** The app's verdict words in `language`: the feedback shown beside each answer. */
  feedback: { correct: string; incorrect: string };
}

/** The context for a bank in `language`, with the verdict words the app shows. */
export function exportContext(language: Language): ExportContext {
  const messages = quizMessages[language];
  return {
    language,
    blocksHtml: blocksToHtml,
    inlineHtml: inlinesToHtml,
    feedback: {
      correct: messages['quiz.verdict.correct'],
      incorrect: messages['quiz.verdict.incorrect'],
    },
  };
}

export type QuizOfKind<K extends QuizKind> = Extract<Quiz, { kind: K }>;

/** One kind's question builders, for both formats. */
export interface KindExporter<K extends QuizKind> {
  /** One `<question>` of a Moodle XML `<quiz>`. */
  moodleQuestion(quiz: QuizOfKind<K>, context: ExportContext): string;
  /** One `<item>` of a QTI 1.2 `<section>`, as Canvas imports it. */
  qtiItem(quiz: QuizOfKind<K>, context: ExportContext): string;
}

import type { Inline, QuizKind } from '../../content/lesson/lesson-types';
import type { QuizOf, ResponseOf } from '../answers';

/** One answer line of a quiz as written: `- [x] text` (marker "x") or `answer-correct: text`. */
export interface AnswerLine {
  marker: string;
  text: string;
  line: number;
}

/** What the lesson loader lends a kind while it builds a quiz from its answer lines. */
export interface BuildTools {
  error: (line: number, message: string) => void;
  /** One line of Markdown as inline content (options may hold emphasis, code and math). */
  inline: (text: string, line: number) => Inline[];
}

/** The fields a kind adds to every quiz's id, question and explanation. */
export type KindFields<K extends QuizKind> = Omit<QuizOf<K>, 'id' | 'question' | 'explanation'>;

/** One SCORM 1.2 `cmi.interactions.n` entry's kind-specific part. */
export interface InteractionParts {
  type: 'choice' | 'numeric';
  /** CMIFeedback: "a,c" for options, the decimal typed for a number. */
  studentResponse: string;
  /** The right response in the same format, when the quiz is known. */
  correctPattern: string | null;
}

/**
 * Everything the product knows about one quiz kind, from the lesson's Markdown to the LMS. Each
 * kind lives in its own folder under src/progress/kinds/ and is listed once in registry.ts; its
 * question-bank export (export.ts) is listed in src/progress/export/kind-exports.ts, apart, so
 * the page never loads what only `npm run export:quizzes` runs.
 */
export interface QuizKindDefinition<K extends QuizKind> {
  kind: K;
  /** Its answer lines: markers in `<quiz>` (`- [=] …`) and keys in `<?quiz?>` mapped to them. */
  syntax: { markers: readonly string[]; oldKeys: Readonly<Record<string, string>> };
  /** Its fields from its answer lines; null after reporting why they are unusable. */
  build(lines: readonly AnswerLine[], quizLine: number, tools: BuildTools): KindFields<K> | null;
  /** The inline content it holds besides question and explanation (each option's text). */
  inlines(quiz: QuizOf<K>): Inline[][];
  /** What two translations of the quiz must share, described where they differ; else null. */
  difference(reference: QuizOf<K>, translation: QuizOf<K>): string | null;
  /** The key for lesson:check's summary: options and correct positions, or value and tolerance. */
  summary(quiz: QuizOf<K>): Record<string, unknown>;
  /** The response within untrusted data (browser storage), or null when it is not one. */
  readResponse(value: Readonly<Record<string, unknown>>): ResponseOf<K> | null;
  /** A possible attempt at the quiz as it is now (options in range, a finite number). */
  isValid(quiz: QuizOf<K>, response: ResponseOf<K>): boolean;
  isCorrect(quiz: QuizOf<K>, response: ResponseOf<K>): boolean;
  /** The response in SCORM suspend_data's compact form, and back (null when it is not one). */
  encode(response: ResponseOf<K>): string;
  decode(code: string): ResponseOf<K> | null;
  interaction(quiz: QuizOf<K> | null, response: ResponseOf<K>): InteractionParts;
}

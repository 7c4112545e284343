/**
 * A lesson as typed, serialisable data: what the build-time loader produces from the course's
 * MkDocs Markdown, and what the renderer draws. No raw HTML ever reaches this structure.
 */

/** Inline content of a paragraph, heading, list item or quiz option. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'delete'; children: Inline[] }
  | { type: 'inlineCode'; value: string }
  | { type: 'inlineMath'; tex: string }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'image'; src: string; alt: string }
  | { type: 'break' };

/** One answer option of a choice quiz. */
export interface QuizOption {
  content: Inline[];
  correct: boolean;
}

/**
 * What every quiz has. `id` is written by the author beside the quiz (`<!-- quiz: an-id -->`),
 * the same in every language, so saved answers stay with their question when quizzes are added,
 * moved or translated; a page without ids (mkdocs-quiz 1.x) gets positional ones, `q-<section>-<n>`.
 */
interface QuizBase {
  id: string;
  question: Block[];
  explanation: Block[];
}

/** Options to tick: one right answer (radios) or several (checkboxes, all of them required). */
export interface ChoiceQuiz extends QuizBase {
  kind: 'choice';
  options: QuizOption[];
  /** More than one correct option: the learner must tick all of them. */
  multiple: boolean;
}

/** How far a numeric answer may be from the expected value and still be right. */
export interface NumericTolerance {
  /** `absolute`: |answer − value| ≤ amount; `relative`: |answer − value| ≤ amount · |value|. */
  type: 'absolute' | 'relative';
  /** Non-negative; for `relative` a fraction (1 % is 0.01). */
  amount: number;
}

/** A number to type, right within a tolerance of the expected value. */
export interface NumericQuiz extends QuizBase {
  kind: 'numeric';
  /** The expected value. */
  value: number;
  tolerance: NumericTolerance;
  /** The unit shown after the field ("s", "%"), or null for a pure number. */
  unit: string | null;
}

export type Quiz = ChoiceQuiz | NumericQuiz;
export type QuizKind = Quiz['kind'];

/** Widgets the app mounts in place of a raw-HTML placeholder, by element id. */
/** `lab` mounts the lab section its `data-lab` attribute names (a folder of src/labs/ with a manifest). */
export const WIDGETS = ['backprop-widget', 'loss-surface', 'video', 'lab'] as const;
export type WidgetName = (typeof WIDGETS)[number];

export type Block =
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; id: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'math'; tex: string }
  | { type: 'code'; language: string | null; value: string }
  | { type: 'list'; ordered: boolean; start: number | null; items: Block[][] }
  | { type: 'blockquote'; children: Block[] }
  | {
      type: 'table';
      align: ('left' | 'right' | 'center' | null)[];
      /** The first row is the header. */
      rows: Inline[][][];
    }
  | { type: 'thematicBreak' }
  | {
      type: 'callout';
      /** note, tip, warning, info, danger, question, example, … as MkDocs Material names them. */
      kind: string;
      title: Inline[] | null;
      /** `???` collapsed, `???+` open, null for a plain `!!!` callout. */
      collapsible: 'closed' | 'open' | null;
      children: Block[];
    }
  | { type: 'quiz'; quiz: Quiz }
  /** `<!-- mkdocs-quiz intro -->`: answers are saved in the browser, with a reset button. */
  | { type: 'quizIntro' }
  /** `<!-- mkdocs-quiz results -->`: the results panel for the page's quizzes. */
  | { type: 'quizResults' }
  /** A raw-HTML placeholder such as `<div id="backprop-widget"></div>`; its data-* attributes kept. */
  | { type: 'widget'; name: WidgetName; attributes: Record<string, string> };

/** A top-level section: an `##` heading and everything up to the next one. */
export interface LessonSection {
  id: string;
  title: Inline[];
  /** The title as plain text (for the table of contents and page title). */
  titleText: string;
  blocks: Block[];
}

export interface Lesson {
  /** The `#` heading as plain text. */
  title: string;
  /** Blocks before the first `##` heading (after the `#`). */
  preamble: Block[];
  sections: LessonSection[];
}

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

/** One answer option of a quiz. */
export interface QuizOption {
  content: Inline[];
  correct: boolean;
}

/**
 * A multiple-choice question. `id` comes from its position ("q-<section>-<n>", both 1-based), so
 * the same quiz has the same id in every language and progress survives a language switch.
 */
export interface Quiz {
  id: string;
  question: Block[];
  options: QuizOption[];
  /** More than one correct option: the learner must tick all of them. */
  multiple: boolean;
  explanation: Block[];
}

/** Widgets the app mounts in place of a raw-HTML placeholder, by element id. */
/** `lab` mounts the lab section its `data-lab` attribute names (see src/content/lab/lab-sections.ts). */
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

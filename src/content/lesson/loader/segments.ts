import type { Diagnostics } from './diagnostics.ts';

/**
 * A run of source lines, split out by the line-by-line pre-pass: the course's MkDocs block syntax
 * (callouts, quizzes, content tabs) and HTML comments/divs are taken apart here, everything else
 * is left as ordinary Markdown for remark. Lines inside fenced code are always ordinary Markdown.
 */
export type Segment =
  | { kind: 'markdown'; lines: string[]; firstLine: number }
  | {
      kind: 'callout';
      line: number;
      marker: '!!!' | '???' | '???+';
      calloutKind: string;
      /** The quoted title as written; null when there is none. */
      title: string | null;
      /** The body with its four columns of indentation removed. */
      body: string[];
      bodyFirstLine: number;
    }
  | { kind: 'tab'; line: number; body: string[]; bodyFirstLine: number }
  | {
      kind: 'quiz';
      line: number;
      syntax: 'old' | 'new';
      lines: string[];
      /** The id written above it (`<!-- quiz: an-id -->`), or null. */
      id: string | null;
    }
  | { kind: 'html'; line: number; html: string };

/** The lines being split, and where they sit in the lesson file. */
export interface Cursor {
  lines: string[];
  firstLine: number;
  diagnostics: Diagnostics;
}

/** A construct read from the lines, and the index of the line after it. */
export interface Span {
  segment: Segment | null;
  next: number;
}

import type { Block } from '../lesson-types.ts';
import { Diagnostics } from './diagnostics.ts';

/** A problem KaTeX (or another checker) found in one formula. */
export interface MathProblem {
  severity: 'error' | 'warning';
  message: string;
}

/** Checks the parser cannot do alone: they need KaTeX or the file system (see node-checks.ts). */
export interface ParseOptions {
  /** Problems with one formula, `display` true for `$$…$$`. Omitted: formulas are not checked. */
  checkMath?: (tex: string, display: boolean) => MathProblem[];
  /** Whether a local image (its src as written) exists. Omitted: images are not looked up. */
  imageExists?: (src: string) => boolean;
  /** The lab sections that exist (see lab-folders.ts). Omitted: `data-lab` ids are not checked. */
  labIds?: readonly string[];
}

export type HeadingBlock = Extract<Block, { type: 'heading' }>;

export interface HeadingRecord {
  block: HeadingBlock;
  /** The `{#id}` written after the heading, if any. */
  explicitId: string | null;
  line: number;
}

/** What one parse collects on its way through the document. */
export interface ParseContext {
  diagnostics: Diagnostics;
  options: ParseOptions;
  /** Every heading, in document order. */
  headings: HeadingRecord[];
  /** Every formula the renderer will draw, with where it is written. */
  formulas: { tex: string; display: boolean; line: number }[];
  /** The source line of each heading and quiz object. */
  lines: WeakMap<object, number>;
  /** Inside a quiz, where another quiz cannot start. */
  inQuiz: boolean;
}

export function createContext(options: ParseOptions): ParseContext {
  return {
    diagnostics: new Diagnostics(),
    options,
    headings: [],
    formulas: [],
    lines: new WeakMap(),
    inQuiz: false,
  };
}

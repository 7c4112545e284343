import type { Lesson } from '../lesson-types.ts';
import type { Diagnostic } from './diagnostics.ts';
import { assignHeadingIds } from './heading-ids.ts';
import { inlineText } from './lesson-walk.ts';
import { linesToBlocks } from './lines-to-blocks.ts';
import { createContext, type ParseOptions } from './parse-context.ts';
import { splitSections, type LessonLocations } from './sections.ts';

export type { ParseOptions } from './parse-context.ts';
export type { LessonLocations } from './sections.ts';

export interface ParsedLesson {
  lesson: Lesson;
  /** Every problem found, sorted by line. Any error means the lesson must not ship. */
  diagnostics: Diagnostic[];
  locations: LessonLocations;
}

/**
 * Parses a lesson written in the course's MkDocs Markdown into typed, serialisable data.
 * Never throws: whatever is wrong becomes a diagnostic.
 */
export function parseLesson(source: string, options: ParseOptions = {}): ParsedLesson {
  const ctx = createContext(options);
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const blocks = linesToBlocks(lines, 1, ctx);
  assignHeadingIds(ctx.headings, (record) => inlineText(record.block.children), ctx.diagnostics);
  const { lesson, locations } = splitSections(blocks, ctx);
  if (options.checkMath) {
    for (const formula of ctx.formulas) {
      for (const problem of options.checkMath(formula.tex, formula.display)) {
        ctx.diagnostics.list.push({ line: formula.line, ...problem });
      }
    }
  }
  return { lesson, diagnostics: ctx.diagnostics.sorted(), locations };
}

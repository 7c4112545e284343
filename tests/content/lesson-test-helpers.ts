import type { Block, Lesson } from '../../src/content/lesson/lesson-types';
import { forEachBlock, lessonBlocks } from '../../src/content/lesson/loader/lesson-walk';
import { labFolderIds } from '../../src/content/lesson/loader/lab-folders';
import { parseLesson, type ParsedLesson } from '../../src/content/lesson/loader/parse-lesson';

/** Lines joined with newlines, so Markdown examples keep their exact indentation. */
export function md(...lines: string[]): string {
  return lines.join('\n');
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}

/** Every block of a lesson of the given type, nested ones included, in document order. */
export function blocksOfType<T extends Block['type']>(
  lesson: Lesson,
  type: T,
): Extract<Block, { type: T }>[] {
  const found: Extract<Block, { type: T }>[] = [];
  forEachBlock(lessonBlocks(lesson), (block) => {
    if (block.type === type) found.push(block as Extract<Block, { type: T }>);
  });
  return found;
}

/** Parses a lesson body placed under one `##` section. */
export function parseSection(...lines: string[]): ParsedLesson {
  return parseLesson(md('# Title', '', '## Section {#section}', '', ...lines), {
    labIds: labFolderIds(),
  });
}

/** The line a body line passed to parseSection ends up on (parseSection adds four lines). */
export const SECTION_OFFSET = 4;

export function messages(result: ParsedLesson, severity: 'error' | 'warning'): string[] {
  return result.diagnostics.filter((d) => d.severity === severity).map((d) => d.message);
}

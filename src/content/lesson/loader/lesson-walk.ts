import { kindDefinition } from '../../../progress/kinds/registry.ts';
export { inlineText } from '../inline-text.ts';
import type { Block, Inline, Lesson } from '../lesson-types.ts';

/** Every block of `blocks`, depth first, in document order (quiz parts included). */
export function forEachBlock(blocks: readonly Block[], visit: (block: Block) => void): void {
  for (const block of blocks) {
    visit(block);
    switch (block.type) {
      case 'callout':
      case 'blockquote':
        forEachBlock(block.children, visit);
        break;
      case 'list':
        for (const item of block.items) forEachBlock(item, visit);
        break;
      case 'quiz':
        forEachBlock(block.quiz.question, visit);
        forEachBlock(block.quiz.explanation, visit);
        break;
    }
  }
}

/** The inline content held directly by one block (not by the blocks inside it). */
export function inlinesOf(block: Block): Inline[][] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.children];
    case 'table':
      return block.rows.flat();
    case 'callout':
      return block.title ? [block.title] : [];
    case 'quiz':
      return kindDefinition(block.quiz.kind).inlines(block.quiz);
    default:
      return [];
  }
}

/** Every inline, depth first (the children of emphasis, links, … after their parent). */
export function forEachInline(inlines: readonly Inline[], visit: (inline: Inline) => void): void {
  for (const inline of inlines) {
    visit(inline);
    if ('children' in inline) forEachInline(inline.children, visit);
  }
}

/** Every block of the lesson: the preamble, then each section's blocks. */
export function lessonBlocks(lesson: Lesson): Block[] {
  return [...lesson.preamble, ...lesson.sections.flatMap((section) => section.blocks)];
}

/** Every inline of the lesson, section titles included. */
export function forEachLessonInline(lesson: Lesson, visit: (inline: Inline) => void): void {
  for (const section of lesson.sections) forEachInline(section.title, visit);
  forEachBlock(lessonBlocks(lesson), (block) => {
    for (const inlines of inlinesOf(block)) forEachInline(inlines, visit);
  });
}

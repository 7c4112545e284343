import type { Block, Lesson, LessonSection } from '../lesson-types.ts';
import { forEachBlock, inlineText } from './lesson-walk.ts';
import type { HeadingRecord, ParseContext } from './parse-context.ts';

/** Where each section heading and each quiz is written, for messages about them. */
export interface LessonLocations {
  sections: { id: string; line: number }[];
  quizzes: { id: string; line: number }[];
}

/**
 * Splits the top-level blocks into the `#` title, the preamble and one section per `##`
 * heading, and numbers the quizzes by position: `q-<section>-<n>` (the preamble is section 0).
 */
export function splitSections(
  blocks: Block[],
  ctx: ParseContext,
): { lesson: Lesson; locations: LessonLocations } {
  const lesson: Lesson = { title: '', preamble: [], sections: [] };
  const locations: LessonLocations = { sections: [], quizzes: [] };
  const explicit = new Map<Block, HeadingRecord>(
    ctx.headings.map((record) => [record.block, record]),
  );
  let titled = false;
  let current: LessonSection | null = null;
  for (const block of blocks) {
    const line = ctx.lines.get(block) ?? 1;
    if (block.type === 'heading' && block.depth === 1 && !titled) {
      lesson.title = inlineText(block.children).trim();
      titled = true;
      continue;
    }
    if (block.type === 'heading' && block.depth === 1) {
      ctx.diagnostics.warning(
        line,
        'a second "#" heading is kept as an ordinary heading (the lesson has one title)',
      );
    }
    if (block.type === 'heading' && block.depth === 2) {
      if (explicit.get(block)?.explicitId === null) {
        ctx.diagnostics.warning(
          line,
          `section "${inlineText(block.children)}" has no {#id}: its id "${block.id}" is a slug of the title and changes with translation`,
        );
      }
      current = {
        id: block.id,
        title: block.children,
        titleText: inlineText(block.children).trim(),
        blocks: [],
      };
      lesson.sections.push(current);
      locations.sections.push({ id: block.id, line });
      continue;
    }
    (current ? current.blocks : lesson.preamble).push(block);
  }
  if (!titled) ctx.diagnostics.warning(1, 'the lesson has no "#" title');
  const parts = [lesson.preamble, ...lesson.sections.map((section) => section.blocks)];
  parts.forEach((part, sectionNumber) => {
    let quizNumber = 0;
    forEachBlock(part, (block) => {
      if (block.type !== 'quiz') return;
      quizNumber += 1;
      block.quiz.id = `q-${sectionNumber}-${quizNumber}`;
      locations.quizzes.push({ id: block.quiz.id, line: ctx.lines.get(block.quiz) ?? 1 });
    });
  });
  return { lesson, locations };
}

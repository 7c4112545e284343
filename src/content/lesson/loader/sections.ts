import { isQuizId } from '../../../progress/answers.ts';
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
 * heading, and names the quizzes: by the id written above each, else (a page written for
 * mkdocs-quiz, with a warning) by position, `q-<section>-<n>` (the preamble is section 0).
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
  const seen = new Map<string, number>();
  parts.forEach((part, sectionNumber) => {
    let quizNumber = 0;
    forEachBlock(part, (block) => {
      if (block.type !== 'quiz') return;
      quizNumber += 1;
      const line = ctx.lines.get(block.quiz) ?? 1;
      const positional = `q-${sectionNumber}-${quizNumber}`;
      block.quiz.id = checkedQuizId(block.quiz.id, positional, line, ctx);
      const first = seen.get(block.quiz.id);
      if (first !== undefined) {
        ctx.diagnostics.error(
          line,
          `quiz id "${block.quiz.id}" is already the id of the quiz on line ${first}: answers to one would count for the other`,
        );
      } else {
        seen.set(block.quiz.id, line);
      }
      locations.quizzes.push({ id: block.quiz.id, line });
    });
  });
  return { lesson, locations };
}

/** Ids of the form quizzes get by position; an author's id never takes that form. */
const POSITIONAL_ID = /^q-\d+-\d+$/;

/** The quiz's written id when it is a usable one; else its positional id, with a diagnostic. */
function checkedQuizId(written: string, positional: string, line: number, ctx: ParseContext) {
  if (written === '') {
    ctx.diagnostics.warning(
      line,
      `quiz has no id (write <!-- quiz: an-id --> on the line above it): its id "${positional}" is its position, so saved answers move to another question when a quiz is added before it`,
    );
    return positional;
  }
  if (!isQuizId(written) || POSITIONAL_ID.test(written)) {
    ctx.diagnostics.error(
      line - 1,
      `quiz id "${written}" is not usable: write letters, digits and "-" (up to 100, not of the form q-<n>-<n>); the quiz is named "${positional}" by position`,
    );
    return positional;
  }
  return written;
}

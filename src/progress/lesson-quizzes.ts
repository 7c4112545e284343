import type { Block, Lesson, Quiz } from '../content/lesson/lesson-types';

/** Every quiz within `blocks`, including those inside callouts, quotes and lists, in order. */
export function quizzesIn(blocks: readonly Block[]): Quiz[] {
  return blocks.flatMap((block): Quiz[] => {
    switch (block.type) {
      case 'quiz':
        return [block.quiz];
      case 'callout':
      case 'blockquote':
        return quizzesIn(block.children);
      case 'list':
        return block.items.flatMap((item) => quizzesIn(item));
      default:
        return [];
    }
  });
}

/** Every quiz of the lesson, in order. */
export function lessonQuizzes(lesson: Lesson): Quiz[] {
  return [...quizzesIn(lesson.preamble), ...lesson.sections.flatMap((s) => quizzesIn(s.blocks))];
}

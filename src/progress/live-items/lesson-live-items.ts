import type { Block, Lesson } from '../../content/lesson/lesson-types';
import { LIVE_ITEM_IDS, type LiveItemId } from './live-items';

/** True when `blocks` place the exercise (`<div id="backprop-widget">`), nested ones included. */
function placesExercise(blocks: readonly Block[]): boolean {
  return blocks.some((block) => {
    switch (block.type) {
      case 'widget':
        return block.name === 'backprop-widget';
      case 'callout':
      case 'blockquote':
        return placesExercise(block.children);
      case 'list':
        return block.items.some((item) => placesExercise(item));
      default:
        return false;
    }
  });
}

/** The id of the lesson section that places the exercise (null: the preamble or nowhere). */
export function exerciseSectionId(lesson: Lesson): string | null {
  return lesson.sections.find((section) => placesExercise(section.blocks))?.id ?? null;
}

/** The live items a lesson counts: all of them where it places the exercise, else none. */
export function lessonLiveItems(lesson: Lesson): readonly LiveItemId[] {
  const placed =
    placesExercise(lesson.preamble) ||
    lesson.sections.some((section) => placesExercise(section.blocks));
  return placed ? LIVE_ITEM_IDS : [];
}

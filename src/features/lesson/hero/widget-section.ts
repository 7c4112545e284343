import type { Block, Lesson, WidgetName } from '../../../content/lesson/lesson-types';

/** True when `blocks` hold the widget `name`, at any depth (in a callout, a list, a quote). */
function holdsWidget(blocks: readonly Block[], name: WidgetName): boolean {
  return blocks.some((block) => {
    switch (block.type) {
      case 'widget':
        return block.name === name;
      case 'callout':
      case 'blockquote':
        return holdsWidget(block.children, name);
      case 'list':
        return block.items.some((item) => holdsWidget(item, name));
      default:
        return false;
    }
  });
}

/** The id of the first section that holds the widget `name`, or null when none does. */
export function sectionWithWidget(lesson: Lesson, name: WidgetName): string | null {
  return lesson.sections.find((section) => holdsWidget(section.blocks, name))?.id ?? null;
}

import type { Inline } from './lesson-types.ts';

/** Inline content as plain text (for labels): formulas as their TeX, images as their alt text. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
        case 'inlineCode':
          return inline.value;
        case 'inlineMath':
          return inline.tex;
        case 'image':
          return inline.alt;
        case 'break':
          return ' ';
        default:
          return inlineText(inline.children);
      }
    })
    .join('');
}

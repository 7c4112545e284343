import type { View } from '../store/link-settings';

/** What an embed shows: a view and, for a quiz or lab section, which one. */
export interface EmbedChoice {
  view: View;
  id?: string;
  language: 'pt-BR' | 'en';
  projector?: boolean;
  /** The embedding page's origin, told the learner's score after each answer (no SCORM). */
  parentOrigin?: string;
}

/** Heights that fit each view before the host resizes the frame to its content. */
const START_HEIGHT: Record<View, number> = { lesson: 900, widget: 900, quiz: 520, lab: 760 };

/** The address of an embeddable view under `base` (the app's address, without a query). */
export function embedUrl(base: string, choice: EmbedChoice): string {
  const params = new URLSearchParams();
  if (choice.view !== 'lesson') params.set('view', choice.view);
  if ((choice.view === 'quiz' || choice.view === 'lab') && choice.id) params.set('id', choice.id);
  params.set('lang', choice.language);
  if (choice.projector) params.set('mode', 'projector');
  if (choice.parentOrigin) params.set('parent', choice.parentOrigin);
  return `${base}?${params.toString()}`;
}

/** `"` and `&` and `<` written as HTML entities, for an attribute value. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * A ready iframe: a title for screen readers, full width, a starting height (hosts that speak
 * H5P's resizer or Canvas's lti.frameResize then fit it to the content), full screen allowed.
 */
export function embedSnippet(base: string, choice: EmbedChoice, title: string): string {
  const src = embedUrl(base, choice);
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" ` +
    `width="100%" height="${START_HEIGHT[choice.view]}" style="border: 0; max-width: 100%;" ` +
    `allow="fullscreen; clipboard-write" loading="lazy"></iframe>`
  );
}

import type { Language } from './messages';

/** The interface language a tag names: "en" or "en-…" → English, "pt" or "pt-…" → pt-BR; else null. */
export function languageFromTag(tag: string | null | undefined): Language | null {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  if (primary === 'en') return 'en';
  if (primary === 'pt') return 'pt-BR';
  return null;
}

/** The first of `tags` (a browser's languages, in its order of preference) that the app speaks. */
export function languageFromList(tags: readonly string[] | undefined): Language | null {
  for (const tag of tags ?? []) {
    const language = languageFromTag(tag);
    if (language) return language;
  }
  return null;
}

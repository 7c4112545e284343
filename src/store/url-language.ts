import { languageFromTag } from '../content/ui/language-tags';
import type { Language } from '../content/ui/messages';

/**
 * The language a query string asks for with `lang`: "en" or "en-…" → English, "pt" or "pt-…"
 * → pt-BR (case-insensitive); null when absent or unknown.
 */
export function languageFromSearch(search: string): Language | null {
  return languageFromTag(new URLSearchParams(search).get('lang'));
}

/** The language the page's URL asks for (`?lang=en`), or null; null outside a browser. */
export function urlLanguage(): Language | null {
  try {
    return typeof window === 'undefined' ? null : languageFromSearch(window.location.search);
  } catch {
    return null;
  }
}

/**
 * Keeps a `?lang=` already in the URL in step with the chosen language, so a reload shows the
 * language the learner picked last. A URL without `lang` is left alone.
 */
export function syncUrlLanguage(language: Language): void {
  try {
    const url = new URL(window.location.href);
    if (!url.searchParams.has('lang') || languageFromSearch(url.search) === language) return;
    url.searchParams.set('lang', language);
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // a sandboxed or opaque-origin frame may refuse history changes: the URL simply stays
  }
}

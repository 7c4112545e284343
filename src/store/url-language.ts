import type { Language } from '../content/ui/messages';

/**
 * The language a query string asks for with `lang`: "en" or "en-…" → English, "pt" or "pt-…"
 * → pt-BR (case-insensitive); null when absent or unknown.
 */
export function languageFromSearch(search: string): Language | null {
  const requested = new URLSearchParams(search).get('lang');
  const primary = requested?.trim().toLowerCase().split('-')[0];
  if (primary === 'en') return 'en';
  if (primary === 'pt') return 'pt-BR';
  return null;
}

/** The language the page's URL asks for (`?lang=en`), or null; null outside a browser. */
export function urlLanguage(): Language | null {
  try {
    return typeof window === 'undefined' ? null : languageFromSearch(window.location.search);
  } catch {
    return null;
  }
}

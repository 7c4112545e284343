import { useCallback } from 'react';
import { translate, type MessageKey } from '../../content/ui/messages';
import { useAppStore } from '../../store/store';

/** A function that returns a UI string in the current language. */
export function useTranslation() {
  const language = useAppStore((state) => state.language);
  return useCallback(
    (key: MessageKey, values?: Record<string, string | number>) => translate(language, key, values),
    [language],
  );
}

/** The current interface language. */
export function useLanguage() {
  return useAppStore((state) => state.language);
}

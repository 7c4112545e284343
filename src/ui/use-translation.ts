import { useCallback } from 'react';
import type { MessageTables } from '../content/ui/define-messages';
import { translate, translateWith, type MessageKey } from '../content/ui/messages';
import { useAppStore } from '../store/store';

type Values = Record<string, string | number>;

/** A function that returns a UI string in the current language. */
export function useTranslation() {
  const language = useAppStore((state) => state.language);
  return useCallback(
    (key: MessageKey, values?: Values) => translate(language, key, values),
    [language],
  );
}

/**
 * A function that returns one feature's own strings (a lab section's, loaded with its code) or
 * the app's shared ones, in the current language.
 */
export function useFeatureTranslation<Key extends string>(tables: MessageTables<Key>) {
  const language = useAppStore((state) => state.language);
  return useCallback(
    (key: Key | MessageKey, values?: Values) => translateWith(tables, language, key, values),
    [language, tables],
  );
}

/** The current interface language. */
export function useLanguage() {
  return useAppStore((state) => state.language);
}

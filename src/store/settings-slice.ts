import type { StateCreator } from 'zustand';
import { DEFAULT_LANGUAGE, type Language } from '../content/ui/messages';
import { urlLanguage } from './url-language';
import type { AppState } from './store';

/** The colour theme asked for: the system's preference, or always light, or always dark. */
export const THEME_SETTINGS = ['system', 'light', 'dark'] as const;
export type ThemeSetting = (typeof THEME_SETTINGS)[number];

/** True when `value` names a theme setting (for data read back from storage). */
export function isThemeSetting(value: unknown): value is ThemeSetting {
  return typeof value === 'string' && (THEME_SETTINGS as readonly string[]).includes(value);
}

/** Interface preferences: the language (`?lang=` wins at start-up, then the remembered one), the theme. */
export interface SettingsSlice {
  language: Language;
  setLanguage: (language: Language) => void;
  theme: ThemeSetting;
  setTheme: (theme: ThemeSetting) => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  language: urlLanguage() ?? DEFAULT_LANGUAGE,
  setLanguage: (language) => set({ language }),
  theme: 'system',
  setTheme: (theme) => set({ theme }),
});

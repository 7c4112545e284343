import type { StateCreator } from 'zustand';
import { DEFAULT_LANGUAGE, type Language } from '../content/ui/messages';
import { urlLanguage } from './url-language';
import type { AppState } from './store';

/** Interface preferences: the language (`?lang=` wins at start-up, then the remembered one). */
export interface SettingsSlice {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  language: urlLanguage() ?? DEFAULT_LANGUAGE,
  setLanguage: (language) => set({ language }),
});

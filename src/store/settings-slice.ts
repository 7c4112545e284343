import type { StateCreator } from 'zustand';
import { DEFAULT_LANGUAGE, type Language } from '../content/ui/messages';
import type { AppState } from './store';

/** Interface preferences: the language. */
export interface SettingsSlice {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  language: DEFAULT_LANGUAGE,
  setLanguage: (language) => set({ language }),
});

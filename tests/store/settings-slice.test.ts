import { beforeEach, describe, expect, it } from 'vitest';
import { PERSIST_NAME, PERSIST_VERSION, readPersisted } from '../../src/store/persistence';
import { isThemeSetting, THEME_SETTINGS } from '../../src/store/settings-slice';
import { resetAppStore, useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();
beforeEach(() => resetAppStore());

describe('the theme setting', () => {
  it('follows the system until a theme is chosen', () => {
    expect(state().theme).toBe('system');
  });

  it('takes each setting through setTheme, and leaves the language alone', () => {
    const language = state().language;
    for (const theme of ['dark', 'light', 'system'] as const) {
      state().setTheme(theme);
      expect(state().theme).toBe(theme);
    }
    expect(state().language).toBe(language);
  });

  it('knows its three settings and nothing else', () => {
    expect(THEME_SETTINGS).toEqual(['system', 'light', 'dark']);
    for (const setting of THEME_SETTINGS) expect(isThemeSetting(setting)).toBe(true);
    for (const other of ['Dark', '', 'auto', null, undefined, 1, {}, ['dark']]) {
      expect(isThemeSetting(other)).toBe(false);
    }
  });
});

describe('the theme, saved in the browser', () => {
  const stored = () => JSON.parse(localStorage.getItem(PERSIST_NAME) ?? 'null');
  const save = (saved: unknown) =>
    localStorage.setItem(PERSIST_NAME, JSON.stringify({ state: saved, version: PERSIST_VERSION }));

  beforeEach(() => localStorage.clear());

  it('survives a reload, and "system" (the default) is not written', async () => {
    state().setTheme('dark');
    expect(stored().state.theme).toBe('dark');
    const saved = localStorage.getItem(PERSIST_NAME);
    resetAppStore(); // the page goes away…
    localStorage.setItem(PERSIST_NAME, saved as string);
    await useAppStore.persist.rehydrate(); // …and comes back
    expect(state().theme).toBe('dark');
    expect(state().storageNotice).toBeNull();

    state().setTheme('system');
    expect(stored().state).not.toHaveProperty('theme');
  });

  it('reads data saved before themes existed as "system", with no notice', async () => {
    save({ language: 'en', answers: {} });
    await useAppStore.persist.rehydrate();
    expect(state().theme).toBe('system');
    expect(state().language).toBe('en');
    expect(state().storageNotice).toBeNull();
    expect(readPersisted({ answers: {} })).not.toHaveProperty('theme');
  });

  it('drops an unknown theme, keeps the rest, and says part could not be read', async () => {
    save({ language: 'en', answers: {}, theme: 'sepia' });
    await useAppStore.persist.rehydrate();
    expect(state().theme).toBe('system');
    expect(state().language).toBe('en');
    expect(state().storageNotice).toBe('partlyUnreadable');
    expect(readPersisted({ answers: {}, theme: 'light' })).toMatchObject({
      theme: 'light',
      dropped: 0,
    });
  });

  it('keeps the theme when an older version is migrated', async () => {
    localStorage.setItem(
      PERSIST_NAME,
      JSON.stringify({ state: { answers: {}, theme: 'light' }, version: 0 }),
    );
    await useAppStore.persist.rehydrate();
    expect(state().theme).toBe('light');
  });
});

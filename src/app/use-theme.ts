import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { ThemeSetting } from '../store/settings-slice';
import { useAppStore } from '../store/store';

/** The theme the page shows. */
export type Theme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The system's preference as a media query list, or null where matchMedia is missing. */
function darkQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK_QUERY)
    : null;
}

function subscribeToSystem(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const systemPrefersDark = () => darkQuery()?.matches ?? false;

/** The setting, with 'system' resolved by the system's preference. */
export function resolveTheme(setting: ThemeSetting, systemDark: boolean): Theme {
  if (setting === 'system') return systemDark ? 'dark' : 'light';
  return setting;
}

/**
 * Keeps `<html data-theme>` on the resolved theme (styles.css switches the palette and
 * `color-scheme` on it), following the system's preference live while the setting is 'system'.
 */
export function useTheme(): Theme {
  const setting = useAppStore((state) => state.theme);
  const systemDark = useSyncExternalStore(subscribeToSystem, systemPrefersDark, () => false);
  const theme = resolveTheme(setting, systemDark);
  // before the browser paints, so a dark page never flashes light
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}

import { useId } from 'react';
import { useTranslation } from '../ui/use-translation';
import { isThemeSetting, THEME_SETTINGS } from '../store/settings-slice';
import { useAppStore } from '../store/store';

/** The header's theme choice: follow the system, or always light, or always dark. */
export function ThemeSelect() {
  const t = useTranslation();
  const id = useId();
  const theme = useAppStore((state) => state.theme);
  const setTheme = useAppStore((state) => state.setTheme);
  return (
    <div className="theme-select">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          if (isThemeSetting(event.target.value)) setTheme(event.target.value);
        }}
      >
        {THEME_SETTINGS.map((setting) => (
          <option key={setting} value={setting}>
            {t(`theme.${setting}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useTranslation } from '../../ui/use-translation';
import { useAppStore } from '../../store/store';

const SHORTCUTS = [
  'exercise.shortcuts.next',
  'exercise.shortcuts.previous',
  'exercise.shortcuts.complete',
  'exercise.shortcuts.auto',
  'exercise.shortcuts.reset',
  'exercise.shortcuts.gradients',
] as const;

/** The list of keyboard shortcuts, on demand. */
export function ShortcutHelp() {
  const t = useTranslation();
  const projector = useAppStore((state) => state.projector);
  return (
    <details className="shortcut-help">
      <summary>{t('exercise.shortcuts')}</summary>
      <ul>
        {SHORTCUTS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
        {projector && <li>{t('projector.shortcutBlackout')}</li>}
      </ul>
      <p>{t('exercise.shortcuts.note')}</p>
    </details>
  );
}

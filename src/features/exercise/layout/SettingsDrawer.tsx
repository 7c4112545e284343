import type { ReactNode, RefObject } from 'react';
import { useTranslation } from '../../../ui/use-translation';

interface SettingsDrawerProps {
  id: string;
  open: boolean;
  /** Takes the focus when the panel opens from the top bar. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Escape inside the panel closes it (the caller gives the focus back to its button). */
  onClose: () => void;
  children: ReactNode;
}

/**
 * The settings the learner needs less often than the steps (scenario, model, data, seed,
 * auto-training, η's wide range, parameters), in a drawer that the top bar's "Configurações"
 * opens and closes. On a wide exercise it covers the "Esta fase" column (the diagram stays in
 * view); on a narrower one it opens in the page after that column. Escape or "Fechar" closes it.
 */
export function SettingsDrawer({ id, open, headingRef, onClose, children }: SettingsDrawerProps) {
  const t = useTranslation();
  return (
    <section
      id={id}
      className="exercise-settings"
      aria-labelledby={`${id}-title`}
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="exercise-settings__header">
        <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {t('exercise.settingsTitle')}
        </h3>
        <button type="button" onClick={onClose}>
          {t('exercise.closeSettings')}
        </button>
      </div>
      <div className="exercise-settings__body">{children}</div>
    </section>
  );
}

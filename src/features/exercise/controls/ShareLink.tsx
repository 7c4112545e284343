import { useId, useRef, useState } from 'react';
import { linkedExercise, linkToExercise } from '../../../store/link-settings';
import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../../ui/use-translation';

type Outcome = 'idle' | 'copied' | 'manual';

/** The page's address without its query: where a shared link points. */
function pageBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * "Copiar link": a link that reopens the exercise with the current η, activation, loss, data,
 * example and seed (and the same view and shown controls). Where the clipboard is refused (an
 * iframe without clipboard permission, an old browser) the link is shown selected to copy by hand.
 */
export function ShareLink() {
  const t = useTranslation();
  const statusId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const [link, setLink] = useState('');

  const copy = async () => {
    const state = useAppStore.getState();
    const view = new URLSearchParams(window.location.search).get('view');
    const next = linkToExercise(pageBase(), linkedExercise(state), {
      view: view === 'widget' ? 'widget' : 'lesson',
      controls: state.shownControls ? [...state.shownControls] : undefined,
    });
    setLink(next);
    try {
      await navigator.clipboard.writeText(next);
      setOutcome('copied');
    } catch {
      setOutcome('manual');
      requestAnimationFrame(() => field.current?.select());
    }
  };

  return (
    <div className="share-link">
      <button type="button" onClick={copy} aria-describedby={statusId}>
        {t('exercise.copyLink')}
      </button>
      <p id={statusId} role="status" className="share-link__status">
        {outcome === 'copied' && t('exercise.linkCopied')}
        {outcome === 'manual' && t('exercise.linkManual')}
      </p>
      {outcome === 'manual' && (
        <label className="share-link__field">
          {t('exercise.linkField')}
          <input ref={field} type="url" readOnly value={link} />
        </label>
      )}
    </div>
  );
}

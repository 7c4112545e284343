import './embed.css';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../ui/use-translation';
import { EmbedForm } from './EmbedForm';

/**
 * "Incorporar": a modal dialog that builds the iframe for the whole lesson, the exercise, one
 * quiz or one lab section, in either language, ready to paste into an LMS page.
 */
export function EmbedDialog() {
  const t = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [opened, setOpened] = useState(false);
  const open = () => {
    setOpened(true);
    dialog.current?.showModal();
  };
  return (
    <>
      <button type="button" className="embed-open" onClick={open}>
        {t('embed.open')}
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        aria-labelledby={titleId}
        onClose={() => setOpened(false)}
      >
        <h2 id={titleId}>{t('embed.title')}</h2>
        {opened && <EmbedForm />}
        <form method="dialog">
          <button type="submit">{t('embed.close')}</button>
        </form>
      </dialog>
    </>
  );
}

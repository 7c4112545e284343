import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../../store/store';
import { useTranslation } from '../../ui/use-translation';

/**
 * "Zerar progresso" with a confirm step; focus goes to "Cancelar", then back to the button. It
 * forgets the quiz answers and the challenges met. Inside an LMS it is not offered: the attempt
 * is the LMS's record, and a new attempt is the LMS's to start.
 */
export function ResetProgress() {
  const t = useTranslation();
  const questionId = useId();
  const alsoId = useId();
  const resetProgress = useAppStore((state) => state.resetProgress);
  const challengesReset = useAppStore((state) => state.challengesReset);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  const insideLms = useAppStore((state) => state.progressHome.kind === 'lms');

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (confirming ? cancelButton : startButton).current?.focus();
  }, [confirming]);

  const close = (reset: boolean) => {
    if (reset) {
      resetProgress();
      challengesReset();
    }
    setDone(reset);
    moveFocus.current = true;
    setConfirming(false);
  };

  if (insideLms) return null;
  return (
    <div className="reset-progress">
      {confirming ? (
        <div
          className="reset-confirm"
          role="group"
          aria-labelledby={questionId}
          aria-describedby={alsoId}
        >
          <p id={questionId}>{t('quiz.reset.confirm')}</p>
          <p id={alsoId}>{t('quiz.reset.challengesToo')}</p>
          <button type="button" className="danger" onClick={() => close(true)}>
            {t('quiz.reset.yes')}
          </button>
          <button type="button" ref={cancelButton} onClick={() => close(false)}>
            {t('quiz.reset.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          ref={startButton}
          onClick={() => {
            moveFocus.current = true;
            setDone(false);
            setConfirming(true);
          }}
        >
          {t('quiz.reset')}
        </button>
      )}
      <p className="reset-status" role="status">
        {done ? t('quiz.reset.done') : ''}
      </p>
    </div>
  );
}

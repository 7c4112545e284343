import { useEffect, useState } from 'react';
import { selectIterationLoss } from '../../../store/selectors';
import { useAppStore, type AppState } from '../../../store/store';
import { formatCount, formatValue } from '../../../ui/format';
import { useSignificantFigures } from '../../../ui/use-number-format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';

/** The shortest time between two announcements of the training status. */
export const AUTO_STATUS_INTERVAL_MS = 5000;

interface TrainingSnapshot {
  iteration: number;
  loss: number;
}

function snapshot(state: AppState): TrainingSnapshot {
  return {
    iteration: state.session.iteration,
    loss: selectIterationLoss(state) ?? state.session.trace.loss,
  };
}

/**
 * "Treinando: iteração N, perda L." for screen readers while auto-training runs: said when it
 * starts, then at most every AUTO_STATUS_INTERVAL_MS, since the read-outs change on every frame
 * and a live region that followed them would talk without pause. Reads the store only on its timer.
 */
export function AutoStatus() {
  const t = useTranslation();
  const language = useLanguage();
  const figures = useSignificantFigures();
  const running = useAppStore((state) => state.running);
  const [shown, setShown] = useState<TrainingSnapshot | null>(null);

  // a new run starts with a fresh announcement
  useEffect(() => {
    if (!running) return;
    return () => setShown(null);
  }, [running]);

  // the next announcement waits the interval from the moment the previous one reached the page
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(
      () => setShown(snapshot(useAppStore.getState())),
      shown === null ? 0 : AUTO_STATUS_INTERVAL_MS,
    );
    return () => window.clearTimeout(timer);
  }, [running, shown]);

  return (
    <p className="auto-status visually-hidden" role="status">
      {running && shown
        ? t('exercise.autoStatus', {
            iteration: formatCount(shown.iteration, language),
            loss: formatValue(shown.loss, language, figures),
          })
        : ''}
    </p>
  );
}

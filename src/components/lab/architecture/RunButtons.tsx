import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../ui/use-translation';

/** Train/Pause (one toggle), one step, and back to the initial weights. */
export function RunButtons() {
  const t = useTranslation();
  const running = useAppStore((state) => state.architectureStatus === 'running');
  const play = useAppStore((state) => state.architecturePlay);
  const pause = useAppStore((state) => state.architecturePause);
  const step = useAppStore((state) => state.architectureStep);
  const reset = useAppStore((state) => state.architectureReset);
  return (
    <div className="architecture-buttons" role="group" aria-label={t('lab.architecture.buttons')}>
      <button
        type="button"
        className="primary architecture-primary"
        onClick={running ? pause : play}
      >
        {running ? t('lab.architecture.pause') : t('lab.architecture.train')}
      </button>
      <button type="button" onClick={step}>
        {t('lab.architecture.step')}
      </button>
      <button type="button" onClick={reset}>
        {t('lab.architecture.reset')}
      </button>
    </div>
  );
}

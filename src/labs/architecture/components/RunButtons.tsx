import { useFeatureTranslation } from '../../../ui/use-translation';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/** Train/Pause (one toggle), one step, and back to the initial weights. */
export function RunButtons() {
  const t = useFeatureTranslation(architectureMessages);
  const running = useArchitectureStore((state) => state.status === 'running');
  const play = useArchitectureStore((state) => state.play);
  const pause = useArchitectureStore((state) => state.pause);
  const step = useArchitectureStore((state) => state.step);
  const reset = useArchitectureStore((state) => state.reset);
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

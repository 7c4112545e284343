import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../../ui/use-translation';

/** The seed of the initial weights, "Nova semente" and "Zerar pesos". */
export function StartControls() {
  const t = useTranslation();
  const seed = useAppStore((state) => state.seed);
  const running = useAppStore((state) => state.running);
  const newSeed = useAppStore((state) => state.newSeed);
  const zeroWeights = useAppStore((state) => state.zeroWeights);
  return (
    <div className="start-controls">
      <span className="seed">{t('exercise.seed', { seed })}</span>
      <button type="button" onClick={() => newSeed()} disabled={running}>
        {t('exercise.newSeed')}
      </button>
      <button type="button" onClick={zeroWeights} disabled={running}>
        {t('exercise.zeroWeights')}
      </button>
    </div>
  );
}

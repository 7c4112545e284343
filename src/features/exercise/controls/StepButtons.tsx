import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../../ui/use-translation';

/** "Passo anterior", "Próximo passo", "Completar iteração", "Treinar automático"/"Pausar", "Reset", "Mostrar gradientes". */
export function StepButtons() {
  const t = useTranslation();
  const running = useAppStore((state) => state.running);
  const diverged = useAppStore((state) => state.session.status === 'diverged');
  const canGoBack = useAppStore((state) => state.past.length > 0);
  const showGradients = useAppStore((state) => state.showGradients);
  const actions = useAppStore.getState();
  return (
    <div className="step-buttons" role="group" aria-label={t('exercise.controls')}>
      <button
        type="button"
        className="step-buttons__previous"
        title={t('exercise.previous')}
        onClick={actions.previousPhase}
        disabled={running || !canGoBack}
      >
        <span aria-hidden="true">◀</span>{' '}
        <span className="step-buttons__words">{t('exercise.previous')}</span>
      </button>
      <button
        type="button"
        className="primary"
        onClick={actions.nextPhase}
        disabled={running || diverged}
      >
        {t('exercise.next')}
      </button>
      <button type="button" onClick={actions.completeIteration} disabled={running || diverged}>
        {t('exercise.complete')}
      </button>
      <button
        type="button"
        aria-pressed={running}
        onClick={running ? actions.pauseAuto : actions.startAuto}
        disabled={!running && diverged}
      >
        {running ? t('exercise.pause') : t('exercise.auto')}
      </button>
      <button type="button" onClick={actions.reset}>
        {t('exercise.reset')}
      </button>
      <label className="control-inline toggle">
        <input type="checkbox" checked={showGradients} onChange={actions.toggleGradients} />
        {t('exercise.showGradients')}
      </label>
    </div>
  );
}

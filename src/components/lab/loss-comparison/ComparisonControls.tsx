import { COMPARISON_EXAMPLES } from '../../../core/lab/loss-comparison-run';
import { LOSS_COMPARISON_MAX_STEPS } from '../../../store/lab/loss-comparison-slice';
import { useAppStore } from '../../../store/store';
import { formatCount } from '../../ui/format';
import { useLanguage, useTranslation } from '../../ui/use-translation';

/** Play/Pause, one step, reset, the saturated start and the example shown. */
export function ComparisonControls() {
  const t = useTranslation();
  const language = useLanguage();
  const running = useAppStore((state) => state.lossComparisonRunning);
  const step = useAppStore((state) => state.lossComparisonStep);
  const saturated = useAppStore((state) => state.lossComparisonSaturated);
  const example = useAppStore((state) => state.lossComparisonExample);
  const play = useAppStore((state) => state.lossComparisonPlay);
  const pause = useAppStore((state) => state.lossComparisonPause);
  const advance = useAppStore((state) => state.lossComparisonAdvance);
  const reset = useAppStore((state) => state.lossComparisonReset);
  const setSaturated = useAppStore((state) => state.lossComparisonSetSaturated);
  const setExample = useAppStore((state) => state.lossComparisonSetExample);
  const finished = step >= LOSS_COMPARISON_MAX_STEPS;

  return (
    <div className="lab-controls" role="group" aria-label={t('lab.lossComparison.controls')}>
      <div className="comparison-buttons">
        <button type="button" onClick={running ? pause : play} disabled={!running && finished}>
          {running ? t('lab.lossComparison.pause') : t('lab.lossComparison.play')}
        </button>
        <button type="button" onClick={() => advance(1)} disabled={running || finished}>
          {t('lab.lossComparison.step')}
        </button>
        <button type="button" onClick={reset}>
          {t('lab.lossComparison.reset')}
        </button>
      </div>
      <label className="comparison-inline">
        <input
          type="checkbox"
          checked={saturated}
          onChange={(event) => setSaturated(event.target.checked)}
        />
        {t('lab.lossComparison.saturated')}
      </label>
      <label>
        {t('lab.lossComparison.example')}
        <select value={example} onChange={(event) => setExample(Number(event.target.value))}>
          {COMPARISON_EXAMPLES.map((item, index) => (
            <option key={index} value={index}>
              {t('lab.lossComparison.exampleOption', {
                x1: formatCount(item.input[0]!, language),
                x2: formatCount(item.input[1]!, language),
                y: formatCount(item.target[0]!, language),
              })}
            </option>
          ))}
        </select>
      </label>
      <p className="comparison-progress" aria-live="off">
        {t('lab.lossComparison.progress', {
          step: formatCount(step, language),
          limit: formatCount(LOSS_COMPARISON_MAX_STEPS, language),
        })}
      </p>
    </div>
  );
}

import { COMPARISON_EXAMPLES, SATURATED_BIAS } from '../model/loss-comparison-run';
import { formatCount } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { LOSS_COMPARISON_MAX_STEPS, useLossComparisonStore } from '../store';
import { lossComparisonMessages } from '../messages';

/** Play/Pause, one step, reset, the saturated start and the example shown. */
export function ComparisonControls() {
  const t = useFeatureTranslation(lossComparisonMessages);
  const language = useLanguage();
  const running = useLossComparisonStore((state) => state.running);
  const step = useLossComparisonStore((state) => state.step);
  const saturated = useLossComparisonStore((state) => state.saturated);
  const example = useLossComparisonStore((state) => state.example);
  const play = useLossComparisonStore((state) => state.play);
  const pause = useLossComparisonStore((state) => state.pause);
  const advance = useLossComparisonStore((state) => state.advance);
  const reset = useLossComparisonStore((state) => state.reset);
  const setSaturated = useLossComparisonStore((state) => state.setSaturated);
  const setExample = useLossComparisonStore((state) => state.setExample);
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
        {t('lab.lossComparison.saturated', { bias: formatCount(SATURATED_BIAS, language) })}
      </label>
      <label>
        {t('lab.lossComparison.example')}
        <select value={example} onChange={(event) => setExample(Number(event.target.value))}>
          {/* the XOR examples: two inputs and one target each */}
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

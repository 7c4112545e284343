import { COMPARISON_EXAMPLES, SATURATED_BIAS } from '../model/loss-comparison-run';
import { formatCount } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { LOSS_COMPARISON_MAX_STEPS, useLossComparisonStore } from '../store';
import { lossComparisonMessages } from '../messages';
import { LabToolbar } from '../../shared/LabToolbar';

/** The top bar: Train/Pause, one step, reset. */
export function ComparisonToolbar() {
  const running = useLossComparisonStore((state) => state.running);
  const finished = useLossComparisonStore((state) => state.step >= LOSS_COMPARISON_MAX_STEPS);
  const play = useLossComparisonStore((state) => state.play);
  const pause = useLossComparisonStore((state) => state.pause);
  const advance = useLossComparisonStore((state) => state.advance);
  const reset = useLossComparisonStore((state) => state.reset);
  return (
    <LabToolbar
      train={{ running, onTrain: play, onPause: pause, disabled: finished }}
      onStep={() => advance(1)}
      stepDisabled={running || finished}
      onReset={reset}
    />
  );
}

/** The saturated start, the example shown, and how far training has gone. */
export function ComparisonControls() {
  const t = useFeatureTranslation(lossComparisonMessages);
  const language = useLanguage();
  const step = useLossComparisonStore((state) => state.step);
  const saturated = useLossComparisonStore((state) => state.saturated);
  const example = useLossComparisonStore((state) => state.example);
  const setSaturated = useLossComparisonStore((state) => state.setSaturated);
  const setExample = useLossComparisonStore((state) => state.setExample);

  return (
    <div className="lab-controls">
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

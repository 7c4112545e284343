import { crossEntropyGain } from '../model/loss-comparison';
import { formatCount, formatValue } from '../../../ui/format';
import { Math } from '../../../ui/Math';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { bceTex, formatSignificant, mseTex } from './comparison-text';
import { useLossComparisonStore } from '../store';
import { lossComparisonMessages } from '../messages';

/** ∂ℓ/∂z_o at the output for the chosen example, with live numbers, and the σ′(z_o) sentence. */
export function OutputGradients() {
  const t = useFeatureTranslation(lossComparisonMessages);
  const language = useLanguage();
  const snapshots = useLossComparisonStore((state) => state.snapshots);
  const mse = snapshots.halfSquaredError;
  const bce = snapshots.binaryCrossEntropy;
  const outputLine = (run: typeof mse) =>
    t('lab.lossComparison.outputLine', {
      z: formatValue(run.z, language),
      prediction: formatValue(run.prediction, language),
      target: formatCount(run.target, language),
    });

  return (
    <div className="comparison-gradients">
      {/* a long formula scrolls sideways: the region takes focus so keys can scroll it */}
      <div
        className="comparison-gradient"
        role="group"
        aria-label={t('lab.lossComparison.mseNetwork')}
        tabIndex={0}
      >
        <p className="comparison-gradient-title">{t('lab.lossComparison.mseNetwork')}</p>
        <p>{outputLine(mse)}</p>
        <Math display tex={mseTex(mse, language)} />
      </div>
      <div
        className="comparison-gradient"
        role="group"
        aria-label={t('lab.lossComparison.bceNetwork')}
        tabIndex={0}
      >
        <p className="comparison-gradient-title">{t('lab.lossComparison.bceNetwork')}</p>
        <p>{outputLine(bce)}</p>
        <Math display tex={bceTex(bce, language)} />
      </div>
      <p className="lab-summary comparison-sentence" data-testid="comparison-sentence">
        {t('lab.lossComparison.sentence', {
          slope: formatSignificant(mse.slope, language),
          gain: formatSignificant(crossEntropyGain(mse.z), language),
        })}
      </p>
    </div>
  );
}

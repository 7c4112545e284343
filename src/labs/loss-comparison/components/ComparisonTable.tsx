import { COMPARISON_EXAMPLES, RUN_LOSSES } from '../model/loss-comparison-run';
import { formatCount, formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { useLossComparisonStore } from '../store';
import { lossComparisonMessages } from '../messages';

const NAMES = {
  halfSquaredError: 'lab.lossComparison.mse',
  binaryCrossEntropy: 'lab.lossComparison.bce',
} as const;

/** The chart in words: each network's starting and current loss and its correct count. */
export function ComparisonTable() {
  const t = useFeatureTranslation(lossComparisonMessages);
  const language = useLanguage();
  const history = useLossComparisonStore((state) => state.history);
  const snapshots = useLossComparisonStore((state) => state.snapshots);
  const step = useLossComparisonStore((state) => state.step);
  return (
    <div className="comparison-text">
      <p>{t('lab.lossComparison.description')}</p>
      <p>{t('lab.lossComparison.plotNote')}</p>
      <details>
        <summary>{t('lab.lossComparison.tableSummary')}</summary>
        <table>
          <caption>
            {t('lab.lossComparison.tableCaption', { step: formatCount(step, language) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('lab.lossComparison.tableNetwork')}</th>
              <th scope="col">{t('lab.lossComparison.tableStart')}</th>
              <th scope="col">{t('lab.lossComparison.tableLoss')}</th>
              <th scope="col">{t('lab.lossComparison.tableAccuracy')}</th>
            </tr>
          </thead>
          <tbody>
            {/* a history starts as [J_0] (the store's startState) and only grows */}
            {RUN_LOSSES.map((loss) => (
              <tr key={loss}>
                <th scope="row">{t(NAMES[loss])}</th>
                <td>{formatValue(history[loss][0]!, language)}</td>
                <td>{formatValue(snapshots[loss].loss, language)}</td>
                <td>{`${formatCount(snapshots[loss].accuracy * COMPARISON_EXAMPLES.length, language)}/${COMPARISON_EXAMPLES.length}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

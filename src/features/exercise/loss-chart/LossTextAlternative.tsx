import { useMemo } from 'react';
import type { AppState } from '../../../store/store';
import { formatCount } from '../../../ui/format';
import { useFormatValue } from '../../../ui/use-number-format';
import { useThrottledStore } from '../../../ui/use-throttled-store';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { lossSummary, RECENT_POINT_COUNT, recentPoints } from './chart-points';

const selectLossHistory = (state: AppState) => state.lossHistory;

/** The loss curve in words: one summary sentence and a collapsible table of the latest values. */
export function LossTextAlternative() {
  const t = useTranslation();
  const language = useLanguage();
  const format = useFormatValue();
  const history = useThrottledStore('chart', selectLossHistory);
  const summary = useMemo(() => lossSummary(history), [history]);
  const recent = useMemo(() => recentPoints(history, RECENT_POINT_COUNT), [history]);
  if (!summary) return null;

  return (
    <div className="loss-chart-text">
      <p>
        {t('exercise.chart.summary', {
          count: formatCount(summary.iterations, language),
          first: format(summary.first),
          last: format(summary.last),
        })}
      </p>
      <details>
        <summary>{t('lossChart.recentValues')}</summary>
        <table>
          <caption>{t('lossChart.recentCaption', { count: recent.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exercise.chart.iteration')}</th>
              <th scope="col">{t('exercise.chart.loss')}</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((point) => (
              <tr key={point.iteration}>
                <td>{formatCount(point.iteration, language)}</td>
                <td>{format(point.loss)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

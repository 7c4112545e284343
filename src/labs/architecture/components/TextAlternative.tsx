import type { Example } from '../../../core/types';
import { architectureRun, useArchitectureStore } from '../store';
import { formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { statRows } from './stat-rows';
import { architectureMessages } from '../messages';

/** Up to this many points, the table lists the network's output at each one. */
const MAX_LISTED_POINTS = 8;

/** The map in words: what it shows, the summary values and, for small sets, ŷ at every point. */
export function TextAlternative() {
  const t = useFeatureTranslation(architectureMessages);
  const language = useLanguage();
  const stats = useArchitectureStore((state) => state.stats);
  if (!stats) return null;
  const run = architectureRun(useArchitectureStore.getState());
  const points: [Example, 'train' | 'test'][] = [
    ...run.dataset.train.map((example) => [example, 'train'] as [Example, 'train']),
    ...run.dataset.test.map((example) => [example, 'test'] as [Example, 'test']),
  ];
  return (
    <details className="architecture-details">
      <summary>{t('lab.architecture.details')}</summary>
      <p>{t('lab.architecture.description')}</p>
      <table>
        <caption>{t('lab.architecture.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.architecture.measure')}</th>
            <th scope="col">{t('lab.architecture.value')}</th>
          </tr>
        </thead>
        <tbody>
          {statRows(stats, language, t).map(({ key, value }) => (
            <tr key={key}>
              <th scope="row">{t(key)}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {points.length <= MAX_LISTED_POINTS && (
        <table>
          <caption>{t('lab.architecture.pointsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lab.architecture.point')}</th>
              <th scope="col">{t('lab.architecture.set')}</th>
              <th scope="col">{t('lab.architecture.target')}</th>
              <th scope="col">{t('lab.architecture.prediction')}</th>
            </tr>
          </thead>
          <tbody>
            {/* the network ends in one sigmoid unit (buildArchitectureSpec): ŷ has one entry */}
            {points.map(([example, set], index) => (
              <tr key={index}>
                <th scope="row">
                  {/* every dataset here is 2-D: two inputs per example */}
                  {t('lab.architecture.coordinates', {
                    x1: formatValue(example.input[0]!, language),
                    x2: formatValue(example.input[1]!, language),
                  })}
                </th>
                <td>{t(`lab.architecture.set.${set}`)}</td>
                <td>{example.target[0]}</td>
                <td>{formatValue(run.trainer.predict(example.input)[0]!, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

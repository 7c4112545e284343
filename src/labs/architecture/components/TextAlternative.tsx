import type { Example } from '../../../core/types';
import { predictPoint } from '../model/architecture-run';
import { architectureRun, useArchitectureStore } from '../store';
import { useFormatValue, useSignificantFigures } from '../../../ui/use-number-format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { statRows } from './stat-rows';
import { architectureMessages } from '../messages';

/** Up to this many points, the table lists the network's output at each one. */
const MAX_LISTED_POINTS = 8;

/**
 * The drawing and the map in words: the inputs and shape of the network, what the pictures show,
 * the summary values and, for small sets, ŷ at every point.
 */
export function TextAlternative() {
  const t = useFeatureTranslation(architectureMessages);
  const language = useLanguage();
  const figures = useSignificantFigures();
  const formatValue = useFormatValue();
  const stats = useArchitectureStore((state) => state.stats);
  const features = useArchitectureStore((state) => state.config.features);
  if (!stats) return null;
  const run = architectureRun(useArchitectureStore.getState());
  const shape = [run.spec.inputSize, ...run.spec.layers.map((layer) => layer.size)].join('–');
  const inputs = features.map((feature) => t(`lab.architecture.feature.${feature}`)).join(', ');
  const points: [Example, 'train' | 'test'][] = [
    ...run.dataset.train.map((example) => [example, 'train'] as [Example, 'train']),
    ...run.dataset.test.map((example) => [example, 'test'] as [Example, 'test']),
  ];
  return (
    <details className="architecture-details">
      <summary>{t('lab.architecture.details')}</summary>
      <p>
        {t('lab.architecture.inputs', { features: inputs })}{' '}
        {t('lab.architecture.shape', { shape })}. {t('lab.architecture.output')}
      </p>
      <p>{t('lab.architecture.networkDescription')}</p>
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
          {statRows(stats, language, figures, t).map(({ key, value }) => (
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
            {points.map(([example, set], index) => {
              // every dataset here is 2-D: two coordinates and one target per example
              const [x1, x2] = [example.input[0]!, example.input[1]!];
              return (
                <tr key={index}>
                  <th scope="row">
                    {t('lab.architecture.coordinates', {
                      x1: formatValue(x1),
                      x2: formatValue(x2),
                    })}
                  </th>
                  <td>{t(`lab.architecture.set.${set}`)}</td>
                  <td>{example.target[0]}</td>
                  <td>{formatValue(predictPoint(run, x1, x2))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
}

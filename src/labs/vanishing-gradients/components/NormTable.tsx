import type { VanishingActivation, VanishingRun } from '../model/vanishing';
import { formatValue, NOT_A_NUMBER } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { layerName } from './NormPlot';
import { vanishingGradientsMessages } from '../messages';

interface NormTableProps {
  runs: Record<VanishingActivation, VanishingRun>;
  step: number;
}

/** The plots in words: per layer, each activation's norm at the step read (— after divergence). */
export function NormTable({ runs, step }: NormTableProps) {
  const t = useFeatureTranslation(vanishingGradientsMessages);
  const language = useLanguage();
  const layerCount = runs.sigmoid.norms[0]?.length ?? runs.relu.norms[0]?.length ?? 0;
  const normAt = (run: VanishingRun, layer: number) => {
    const norm = run.norms[step - 1]?.[layer];
    return norm === undefined ? NOT_A_NUMBER : formatValue(norm, language);
  };
  return (
    <details className="vanishing-table">
      <summary>{t('lab.vanishingGradients.tableSummary')}</summary>
      <table>
        <caption>{t('lab.vanishingGradients.tableCaption', { step })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.vanishingGradients.tableLayer')}</th>
            <th scope="col">{t('lab.vanishingGradients.sigmoid')}</th>
            <th scope="col">{t('lab.vanishingGradients.relu')}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: layerCount }, (_, layer) => (
            <tr key={layer}>
              <th scope="row">{layerName(layer, layerCount, t)}</th>
              <td>{normAt(runs.sigmoid, layer)}</td>
              <td>{normAt(runs.relu, layer)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

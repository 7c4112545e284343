import { useAppStore } from '../../../store/store';
import { OVERFITTING_EVALUATION_INTERVAL } from '../../../core/lab/overfitting-setup';
import { formatCount, formatFixed, NOT_A_NUMBER } from '../../ui/format';
import { useLanguage, useTranslation } from '../../ui/use-translation';

/** The chart's text alternative: what it shows, and a table of the current values. */
export function OverfittingTable() {
  const t = useTranslation();
  const language = useLanguage();
  const step = useAppStore((state) => state.overfittingStep);
  const current = useAppStore((state) => state.overfittingCurrent);
  const best = useAppStore((state) => state.overfittingBest);
  const norm = useAppStore((state) => state.overfittingWeightNorm);
  const loss = (value: number | undefined) =>
    value === undefined ? NOT_A_NUMBER : formatFixed(value, language, 4);
  const rows: [string, string][] = [
    [t('lab.overfitting.currentStep'), formatCount(step, language)],
    [t('lab.overfitting.currentTrain'), loss(current?.train)],
    [t('lab.overfitting.currentTest'), loss(current?.test)],
    [t('lab.overfitting.bestStep'), best ? formatCount(best.step, language) : NOT_A_NUMBER],
    [t('lab.overfitting.bestTest'), loss(best?.loss)],
    [t('lab.overfitting.weightNorm'), current ? formatFixed(norm, language, 4) : NOT_A_NUMBER],
  ];
  return (
    <details className="overfitting-details">
      <summary>{t('lab.overfitting.textAlternative')}</summary>
      <p>
        {t('lab.overfitting.description', {
          interval: formatCount(OVERFITTING_EVALUATION_INTERVAL, language),
        })}
      </p>
      <table className="overfitting-table">
        <caption>{t('lab.overfitting.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.overfitting.quantity')}</th>
            <th scope="col">{t('lab.overfitting.value')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

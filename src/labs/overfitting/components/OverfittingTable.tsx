import { OVERFITTING_EVALUATION_INTERVAL } from '../model/overfitting-setup';
import { formatCount, formatFixed, NOT_A_NUMBER } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { useOverfittingStore } from '../store';
import { overfittingMessages } from '../messages';

/**
 * The chart's text alternative: what it shows, and a table of the current weights' step and
 * losses, the best validation step and the updates done.
 */
export function OverfittingTable() {
  const t = useFeatureTranslation(overfittingMessages);
  const language = useLanguage();
  const step = useOverfittingStore((state) => state.step);
  const current = useOverfittingStore((state) => state.current);
  const test = useOverfittingStore((state) => state.test);
  const best = useOverfittingStore((state) => state.best);
  const norm = useOverfittingStore((state) => state.weightNorm);
  const loss = (value: number | undefined) =>
    value === undefined ? NOT_A_NUMBER : formatFixed(value, language, 4);
  const count = (value: number | undefined) =>
    value === undefined ? NOT_A_NUMBER : formatCount(value, language);
  // the losses beside the step whose weights are in place (the restored ones after early stopping)
  const rows: [string, string][] = [
    [t('lab.overfitting.currentStep'), count(current?.step)],
    [t('lab.overfitting.currentTrain'), loss(current?.train)],
    [t('lab.overfitting.currentValidation'), loss(current?.validation)],
    [t('lab.overfitting.currentTest'), test ? loss(test.loss) : t('lab.overfitting.testPending')],
    [t('lab.overfitting.weightNorm'), current ? formatFixed(norm, language, 4) : NOT_A_NUMBER],
    [t('lab.overfitting.bestStep'), count(best?.step)],
    [t('lab.overfitting.bestValidation'), loss(best?.loss)],
    [t('lab.overfitting.stepsDone'), count(current ? step : undefined)],
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

import type { SweepPoint } from '../model/gradient-check';
import { formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { gradientCheckMessages } from '../messages';

/** The sweep as a table: every h with its central estimate and both relative errors. */
export function SweepTable({
  sweep,
  currentStep,
}: {
  sweep: readonly SweepPoint[];
  currentStep: number;
}) {
  const t = useFeatureTranslation(gradientCheckMessages);
  const language = useLanguage();
  return (
    <details className="check-table">
      <summary>{t('lab.gradientCheck.tableSummary')}</summary>
      <div
        className="lab-plot"
        tabIndex={0}
        role="group"
        aria-label={t('lab.gradientCheck.tableSummary')}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">{t('lab.gradientCheck.column.step')}</th>
              <th scope="col">{t('lab.gradientCheck.column.central')}</th>
              <th scope="col">{t('lab.gradientCheck.column.centralError')}</th>
              <th scope="col">{t('lab.gradientCheck.column.forwardError')}</th>
            </tr>
          </thead>
          <tbody>
            {sweep.map((point) => (
              <tr key={point.step} aria-current={point.step === currentStep ? 'true' : undefined}>
                <th scope="row">{formatValue(point.step, language)}</th>
                <td>{formatValue(point.central, language)}</td>
                <td>{formatValue(point.centralError, language)}</td>
                <td>{formatValue(point.forwardError, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

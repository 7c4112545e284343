import type { ScheduleRun } from '../model/schedule-comparison';
import { formatCount, formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { schedulesMessages } from '../messages';

/** Rows of the sampled table: every this many steps, and the last one. */
export const SAMPLE_EVERY = 50;

/**
 * The text alternative: a summary per schedule and η and J sampled along the runs.
 * Every run is runSchedule's, over the same steps ≥ 1: `steps` rates and `steps` + 1 losses, so the
 * first and last of each exist and every sampled step (0 … steps) has a loss.
 */
export function ScheduleTables({ runs }: { runs: readonly ScheduleRun[] }) {
  const t = useFeatureTranslation(schedulesMessages);
  const language = useLanguage();
  const value = (number: number) => formatValue(number, language);
  const steps = runs[0]?.rates.length ?? 0;
  const samples: number[] = [];
  for (let step = 0; step < steps; step += SAMPLE_EVERY) samples.push(step);
  if (samples.at(-1) !== steps) samples.push(steps);
  const name = (run: ScheduleRun) => t(`lab.schedules.name.${run.name}`);
  return (
    <details className="schedules-text">
      <summary>{t('lab.schedules.textAlternative')}</summary>
      <p>{t('lab.schedules.description', { every: formatCount(SAMPLE_EVERY, language) })}</p>
      <div className="lab-plot">
        <table>
          <caption>{t('lab.schedules.summaryTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lab.schedules.column.schedule')}</th>
              <th scope="col">{t('lab.schedules.column.firstRate')}</th>
              <th scope="col">{t('lab.schedules.column.lastRate')}</th>
              <th scope="col">{t('lab.schedules.column.firstLoss')}</th>
              <th scope="col">{t('lab.schedules.column.lastLoss')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.name}>
                <th scope="row">{name(run)}</th>
                <td>{value(run.rates[0]!)}</td>
                <td>{value(run.rates.at(-1)!)}</td>
                <td>{value(run.losses[0]!)}</td>
                <td>{value(run.losses.at(-1)!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="lab-plot">
        <table>
          <caption>{t('lab.schedules.sampleTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lab.schedules.column.step')}</th>
              {runs.map((run) => (
                <th key={`rate-${run.name}`} scope="col">
                  {t('lab.schedules.column.rateOf', { name: name(run) })}
                </th>
              ))}
              {runs.map((run) => (
                <th key={`loss-${run.name}`} scope="col">
                  {t('lab.schedules.column.lossOf', { name: name(run) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {samples.map((step) => (
              <tr key={step}>
                <th scope="row">{formatCount(step, language)}</th>
                {runs.map((run) => (
                  <td key={`rate-${run.name}`}>
                    {step < run.rates.length ? value(run.rates[step]!) : '—'}
                  </td>
                ))}
                {runs.map((run) => (
                  <td key={`loss-${run.name}`}>{value(run.losses[step]!)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

import { summarizePath } from '../model/optimizer-paths';
import { OPTIMIZERS } from '../../../core/training/optimizers';
import { formatCount, formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { useOptimizerRaceStore } from '../store';
import { optimizerRaceMessages } from '../messages';

/** The text alternative of both plots: the values of every optimizer at the step shown. */
export function RaceTables({ architecture }: { architecture: string }) {
  const t = useFeatureTranslation(optimizerRaceMessages);
  const language = useLanguage();
  const losses = useOptimizerRaceStore((state) => state.losses);
  const paths = useOptimizerRaceStore((state) => state.paths);
  const step = useOptimizerRaceStore((state) => state.step);
  const networkRates = useOptimizerRaceStore((state) => state.networkRates);
  const surfaceRates = useOptimizerRaceStore((state) => state.surfaceRates);
  if (!losses || !paths) return null;
  const value = (number: number) => formatValue(number, language);
  const count = formatCount(step, language);
  // each loss series has RACE_STEPS + 1 entries (t = 0 … RACE_STEPS), and step ≤ RACE_STEPS
  return (
    <details className="race-text">
      <summary>{t('lab.optimizerRace.textAlternative')}</summary>
      <p>{t('lab.optimizerRace.description')}</p>
      <div className="lab-plot">
        <table>
          <caption>{t('lab.optimizerRace.networkTable', { architecture, step: count })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lab.optimizerRace.column.optimizer')}</th>
              <th scope="col">{t('lab.optimizerRace.column.rate')}</th>
              <th scope="col">{t('lab.optimizerRace.column.loss')}</th>
            </tr>
          </thead>
          <tbody>
            {OPTIMIZERS.map((name) => (
              <tr key={name}>
                <th scope="row">{t(`lab.optimizerRace.name.${name}`)}</th>
                <td>{value(networkRates[name])}</td>
                <td>{value(losses[name][step]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="lab-plot">
        <table>
          <caption>{t('lab.optimizerRace.surfaceTable', { step: count })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lab.optimizerRace.column.optimizer')}</th>
              <th scope="col">{t('lab.optimizerRace.column.rate')}</th>
              <th scope="col">{t('lab.optimizerRace.column.steps')}</th>
              <th scope="col">{t('lab.optimizerRace.column.position')}</th>
              <th scope="col">{t('lab.optimizerRace.column.finalLoss')}</th>
              <th scope="col">{t('lab.optimizerRace.column.distance')}</th>
            </tr>
          </thead>
          <tbody>
            {OPTIMIZERS.map((name) => {
              const path = paths[name];
              const summary = summarizePath(path, step);
              const point = path[summary.steps]!; // summary.steps is the index summarizePath read
              return (
                <tr key={name}>
                  <th scope="row">{t(`lab.optimizerRace.name.${name}`)}</th>
                  <td>{value(surfaceRates[name])}</td>
                  <td>{formatCount(summary.steps, language)}</td>
                  <td>
                    {t('lab.optimizerRace.point', {
                      w1: value(point.w1),
                      w2: value(point.w2),
                    })}
                  </td>
                  <td>{value(summary.loss)}</td>
                  <td>{value(summary.distance)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

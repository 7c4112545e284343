import { summarizePath } from '../model/optimizer-paths';
import { OPTIMIZERS, type OptimizerName } from '../../../core/training/optimizers';
import { formatCount, formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { useOptimizerRaceStore } from '../store';
import { optimizerRaceMessages } from '../messages';

/** The name minimizing `score` (the first one on a tie). */
function best(score: (name: OptimizerName) => number): OptimizerName {
  return OPTIMIZERS.reduce((winner, name) => (score(name) < score(winner) ? name : winner));
}

/**
 * Who leads when the race stops (announced once, on pause or at the end, never while it runs),
 * and which paths left the surface.
 */
export function RaceStatus() {
  const t = useFeatureTranslation(optimizerRaceMessages);
  const language = useLanguage();
  const losses = useOptimizerRaceStore((state) => state.losses);
  const paths = useOptimizerRaceStore((state) => state.paths);
  const step = useOptimizerRaceStore((state) => state.step);
  const running = useOptimizerRaceStore((state) => state.running);
  if (!losses || !paths) return null;
  const value = (number: number) => formatValue(number, language);
  const name = (optimizer: OptimizerName) => t(`lab.optimizerRace.name.${optimizer}`);
  // each loss series has RACE_STEPS + 1 entries (t = 0 … RACE_STEPS), and step ≤ RACE_STEPS
  const network = best((optimizer) => losses[optimizer][step]!);
  const surface = best((optimizer) => summarizePath(paths[optimizer], step).distance);
  const escaped = OPTIMIZERS.filter((optimizer) => paths[optimizer].length - 1 < step);
  return (
    <>
      <p className="lab-summary" aria-live="polite">
        {!running && step > 0
          ? t('lab.optimizerRace.stopped', {
              step: formatCount(step, language),
              network: name(network),
              loss: value(losses[network][step]!),
              surface: name(surface),
              distance: value(summarizePath(paths[surface], step).distance),
            })
          : ''}
      </p>
      {escaped.map((optimizer) => (
        <p key={optimizer} className="race-invalid">
          {t('lab.optimizerRace.diverged', {
            name: name(optimizer),
            step: formatCount(paths[optimizer].length, language),
          })}
        </p>
      ))}
    </>
  );
}

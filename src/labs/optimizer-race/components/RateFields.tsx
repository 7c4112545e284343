import { useId, useState } from 'react';
import { OPTIMIZERS, type OptimizerName } from '../../../core/training/optimizers';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { useOptimizerRaceStore, type RaceProblem } from '../store';
import { optimizerRaceMessages } from '../messages';

const LEGEND = {
  network: 'lab.optimizerRace.networkRates',
  surface: 'lab.optimizerRace.surfaceRates',
} as const;

/** One field per optimizer for the learning rate η it uses on one problem. */
export function RateFields({ problem }: { problem: RaceProblem }) {
  const t = useFeatureTranslation(optimizerRaceMessages);
  return (
    <fieldset className="race-rates">
      <legend>{t(LEGEND[problem])}</legend>
      {OPTIMIZERS.map((name) => (
        <RateField key={name} problem={problem} name={name} />
      ))}
    </fieldset>
  );
}

function RateField({ problem, name }: { problem: RaceProblem; name: OptimizerName }) {
  const t = useFeatureTranslation(optimizerRaceMessages);
  const errorId = useId();
  const rate = useOptimizerRaceStore((state) =>
    problem === 'network' ? state.networkRates[name] : state.surfaceRates[name],
  );
  const setRate = useOptimizerRaceStore((state) => state.setRate);
  const [draft, setDraft] = useState(String(rate));
  const value = Number(draft);
  const invalid = draft.trim() === '' || !Number.isFinite(value) || value <= 0;
  return (
    <label>
      {t(`lab.optimizerRace.name.${name}`)}
      <input
        type="number"
        min="0"
        step="any"
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = Number(event.target.value);
          if (event.target.value.trim() !== '' && Number.isFinite(next) && next > 0) {
            setRate(problem, name, next);
          }
        }}
      />
      {invalid && (
        <span id={errorId} className="race-invalid">
          {t('lab.optimizerRace.invalidRate')}
        </span>
      )}
    </label>
  );
}

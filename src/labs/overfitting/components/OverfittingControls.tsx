import { useId, useState } from 'react';
import { OVERFITTING_EVALUATION_INTERVAL } from '../model/overfitting-setup';
import { OVERFITTING_LIMITS, useOverfittingStore } from '../store';
import { formatCount, formatFixed } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { overfittingMessages } from '../messages';
import { LabToolbar } from '../../shared/LabToolbar';

/** The λ values offered (penalty (λ/2)·Σw²). */
const L2_CHOICES = [0, 0.001, 0.003, 0.01, 0.03, 0.1];
/** The dropout rates offered. */
const DROPOUT_CHOICES = [0, 0.1, 0.2, 0.3, 0.5];

interface IntegerFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  hint?: string;
  onCommit: (value: number) => void;
}

/** A whole-number field that commits each valid value as it is typed and reverts on blur. */
function IntegerField({ label, value, min, max, step, hint, onCommit }: IntegerFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const valid = (number: number) =>
    Number.isInteger(number) && number >= min && number <= max && number % step === 0;
  return (
    <label htmlFor={id}>
      {label}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={draft ?? String(value)}
        aria-invalid={draft !== null && !valid(Number(draft))}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (text !== '' && valid(Number(text))) onCommit(Number(text));
        }}
        onBlur={() => setDraft(null)}
      />
      {hint && (
        <span id={`${id}-hint`} className="overfitting-hint">
          {hint}
        </span>
      )}
    </label>
  );
}

/** The top bar: Train/Pause, a step of one evaluation interval, Reset. */
export function OverfittingToolbar() {
  const t = useFeatureTranslation(overfittingMessages);
  const language = useLanguage();
  const running = useOverfittingStore((state) => state.running);
  const play = useOverfittingStore((state) => state.play);
  const pause = useOverfittingStore((state) => state.pause);
  const stepOnce = useOverfittingStore((state) => state.stepOnce);
  const reset = useOverfittingStore((state) => state.reset);
  return (
    <LabToolbar
      train={{ running, onTrain: play, onPause: pause }}
      onStep={stepOnce}
      stepLabel={t('lab.overfitting.step', {
        count: formatCount(OVERFITTING_EVALUATION_INTERVAL, language),
      })}
      onReset={reset}
    />
  );
}

/** The seed and the three ways to fight overfitting. */
export function OverfittingControls() {
  const t = useFeatureTranslation(overfittingMessages);
  const language = useLanguage();
  const settings = useOverfittingStore((state) => state.settings);
  const configure = useOverfittingStore((state) => state.configure);
  const l2HintId = useId();
  const interval = OVERFITTING_EVALUATION_INTERVAL;

  return (
    <div className="overfitting-controls">
      <div className="lab-controls">
        <IntegerField
          label={t('lab.overfitting.seed')}
          value={settings.seed}
          min={0}
          max={OVERFITTING_LIMITS.seed}
          step={1}
          onCommit={(seed) => configure({ seed })}
        />
      </div>
      <fieldset className="lab-controls overfitting-settings">
        <legend>{t('lab.overfitting.settings')}</legend>
        <label>
          {t('lab.overfitting.l2')}
          <select
            value={settings.l2}
            aria-describedby={l2HintId}
            onChange={(event) => configure({ l2: Number(event.target.value) })}
          >
            {L2_CHOICES.map((value) => (
              <option key={value} value={value}>
                {formatFixed(value, language, value === 0 ? 0 : 3)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lab.overfitting.dropout')}
          <select
            value={settings.dropout}
            onChange={(event) => configure({ dropout: Number(event.target.value) })}
          >
            {DROPOUT_CHOICES.map((value) => (
              <option key={value} value={value}>
                {formatFixed(value, language, value === 0 ? 0 : 1)}
              </option>
            ))}
          </select>
        </label>
        <label className="overfitting-check">
          <input
            type="checkbox"
            checked={settings.earlyStopping}
            onChange={(event) => configure({ earlyStopping: event.target.checked })}
          />
          {t('lab.overfitting.earlyStopping')}
        </label>
        <IntegerField
          label={t('lab.overfitting.patience')}
          value={settings.patience}
          min={interval}
          max={OVERFITTING_LIMITS.patience}
          step={interval}
          hint={t('lab.overfitting.patienceHint', {
            interval: formatCount(interval, language),
            max: formatCount(OVERFITTING_LIMITS.patience, language),
          })}
          onCommit={(patience) => configure({ patience })}
        />
        <p id={l2HintId} className="overfitting-hint overfitting-note">
          {t('lab.overfitting.l2Hint')}
        </p>
      </fieldset>
    </div>
  );
}

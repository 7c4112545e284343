import { useId } from 'react';
import { AUTO_SPEEDS, type AutoSpeed } from '../../../store/auto-speed';
import { useAppStore } from '../../../store/store';
import { formatCount, formatField, formatFixed } from '../../../ui/format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { NumberField } from './NumberField';

/** Speed of "Treinar automático", and when it stops by itself. */
export function AutoSettings() {
  const t = useTranslation();
  const language = useLanguage();
  const speed = useAppStore((state) => state.speed);
  const targetLoss = useAppStore((state) => state.targetLoss);
  const iterationLimit = useAppStore((state) => state.iterationLimit);
  const setSpeed = useAppStore((state) => state.setSpeed);
  const setTargetLoss = useAppStore((state) => state.setTargetLoss);
  const setIterationLimit = useAppStore((state) => state.setIterationLimit);
  const id = useId();
  const speedName = (option: AutoSpeed) =>
    option.kind === 'phases'
      ? t('exercise.speed.phases', {
          seconds: formatFixed(option.millisecondsPerPhase / 1000, language, 1),
        })
      : Number.isFinite(option.perSecond)
        ? t('exercise.speed.iterations', { count: formatCount(option.perSecond, language) })
        : t('exercise.speed.maximum');
  return (
    <div className="auto-settings">
      <div className="control">
        <label htmlFor={id}>{t('exercise.speed')}</label>
        <select id={id} value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
          {AUTO_SPEEDS.map((option, index) => (
            <option key={index} value={index}>
              {speedName(option)}
            </option>
          ))}
        </select>
      </div>
      <NumberField
        label={t('exercise.targetLoss')}
        display={formatField(targetLoss, language)}
        invalidMessage={t('exercise.invalidNumber')}
        validate={(value) => (value >= 0 ? null : t('exercise.invalidNumber'))}
        onCommit={setTargetLoss}
      />
      <NumberField
        label={t('exercise.iterationLimit')}
        display={String(iterationLimit)}
        invalidMessage={t('exercise.invalidNumber')}
        validate={(value) => (value >= 1 ? null : t('exercise.invalidNumber'))}
        onCommit={setIterationLimit}
      />
    </div>
  );
}

import { useId } from 'react';
import { LEARNING_RATE } from '../../../core/exercise/config';
import { useAppStore } from '../../../store/store';
import { formatFixed } from '../../../ui/format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { LOG_STEPS, learningRateAtPosition, positionOfLearningRate } from './learning-rate-scale';

/** The switch between η's course range (0.01–1.00) and the wide log scale (0.01–50). */
export function WideLearningRateToggle() {
  const t = useTranslation();
  const wide = useAppStore((state) => state.wideLearningRate);
  const setWide = useAppStore((state) => state.setWideLearningRate);
  return (
    <label className="control-inline">
      <input type="checkbox" checked={wide} onChange={(event) => setWide(event.target.checked)} />
      {t('exercise.wideLearningRate')}
    </label>
  );
}

/**
 * "Taxa de aprendizado (η)": 0.01–1.00 in steps of 0.01, or 0.01–50 on a log scale; the switch
 * between the two sits beside it unless `wideToggle` is false (the top bar keeps it in settings).
 * `compact` (the top bar) shows "η: 0,10" and keeps the whole label for a screen reader.
 */
export function LearningRateControl({
  wideToggle = true,
  compact = false,
}: {
  wideToggle?: boolean;
  compact?: boolean;
}) {
  const t = useTranslation();
  const language = useLanguage();
  const learningRate = useAppStore((state) => state.session.learningRate);
  const wide = useAppStore((state) => state.wideLearningRate);
  const setLearningRate = useAppStore((state) => state.setLearningRate);
  const id = useId();
  const shown = formatFixed(learningRate, language, 2);
  return (
    <div className="control control-learning-rate">
      <label htmlFor={id}>
        {compact ? (
          <>
            <span className="visually-hidden">{t('exercise.learningRate')}</span>
            <span aria-hidden="true">η</span>
          </>
        ) : (
          t('exercise.learningRate')
        )}
        : <output htmlFor={id}>{shown}</output>
      </label>
      {wide ? (
        <input
          id={id}
          type="range"
          min={0}
          max={LOG_STEPS}
          step={1}
          value={positionOfLearningRate(learningRate)}
          aria-valuetext={shown}
          onChange={(event) => setLearningRate(learningRateAtPosition(Number(event.target.value)))}
        />
      ) : (
        <input
          id={id}
          type="range"
          min={LEARNING_RATE.minimum}
          max={LEARNING_RATE.maximum}
          step={LEARNING_RATE.step}
          value={learningRate}
          aria-valuetext={shown}
          onChange={(event) => setLearningRate(Number(event.target.value))}
        />
      )}
      {wideToggle && <WideLearningRateToggle />}
    </div>
  );
}

import '../hand-calculation/hand-calculation.css';
import { useId, useRef } from 'react';
import type { MessageKey } from '../../../content/ui/messages';
import {
  DIRECTION_OPTIONS,
  predictionAsked,
  predictionRevealed,
  WEIGHT_AGE_OPTIONS,
  ZERO_GRADIENT_OPTIONS,
  zeroGradients,
  type Prediction,
} from '../../../core/exercise/predictions';
import type { ExerciseSession } from '../../../core/exercise/session';
import { useAppStore } from '../../../store/store';
import { useFormatValue } from '../../../ui/use-number-format';
import { useTranslation } from '../../../ui/use-translation';
import { PredictionQuestion } from './PredictionQuestion';

const OPTIONS: Record<Prediction, readonly MessageKey[]> = {
  weightDirection: DIRECTION_OPTIONS.map((option) => `predict.weightDirection.${option}` as const),
  zeroGradient: ZERO_GRADIENT_OPTIONS.map((option) => `predict.zeroGradient.${option}` as const),
  oldWeight: WEIGHT_AGE_OPTIONS.map((option) => `predict.oldWeight.${option}` as const),
};

/** v₁ before and after this iteration's update, from the session (null before the update). */
function v1Of(session: ExerciseSession) {
  const before = session.parameters[1]?.weights[0]?.[0] ?? Number.NaN;
  const after = session.updatedParameters?.[1]?.weights[0]?.[0];
  return { before, after };
}

/**
 * "Preveja antes de clicar": the toggle, then at each phase the predictions it asks, each optional.
 * A question set aside ("Agora não") leaves; focus goes to the toggle, not to the page's start.
 */
export function PredictionsPanel() {
  const t = useTranslation();
  const format = useFormatValue();
  const hintId = useId();
  const on = useAppStore((state) => state.predictions);
  const setPredictions = useAppStore((state) => state.setPredictions);
  const session = useAppStore((state) => (state.predictions ? state.session : null));
  const toggleRef = useRef<HTMLInputElement>(null);

  const results = (prediction: Prediction): string | null => {
    if (!session) return null;
    switch (prediction) {
      case 'weightDirection': {
        const { before, after } = v1Of(session);
        if (after === undefined) return null;
        return t('predict.weightDirection.result', {
          before: format(before),
          after: format(after),
          change: format(after - before),
        });
      }
      case 'zeroGradient': {
        const zero = zeroGradients(session);
        if (zero.length === 0) return t('predict.zeroGradient.noneResult');
        const list = zero.map((option) => t(`predict.zeroGradient.${option}`));
        return t('predict.zeroGradient.result', { list: list.join('; ') });
      }
      case 'oldWeight': {
        const hidden = session.trace.layers[0];
        const delta = session.trace.layers[1]?.dLossDz[0] ?? Number.NaN;
        return t('predict.oldWeight.result', {
          slope: format(hidden?.dLossDa[0] ?? Number.NaN),
          v1: format(v1Of(session).before),
          delta: format(delta),
        });
      }
    }
  };

  const asked = (prediction: Prediction) =>
    session !== null && session.status === 'ok' && predictionAsked(prediction, session.phase);

  return (
    <section className="predictions" aria-label={t('predict.toggle')}>
      <label className="control-inline toggle">
        <input
          ref={toggleRef}
          type="checkbox"
          checked={on}
          aria-describedby={hintId}
          onChange={(event) => setPredictions(event.target.checked)}
        />
        {t('predict.toggle')}
      </label>
      <p id={hintId} className="hand-hint">
        {t('predict.toggleHint')}
      </p>
      {session &&
        (['zeroGradient', 'oldWeight', 'weightDirection'] as const).map((prediction) => (
          <PredictionQuestion
            key={prediction}
            prediction={prediction}
            options={OPTIONS[prediction]}
            asked={asked(prediction)}
            revealed={predictionRevealed(prediction, session.phase)}
            result={results(prediction)}
            onDismissed={() => toggleRef.current?.focus()}
          />
        ))}
    </section>
  );
}

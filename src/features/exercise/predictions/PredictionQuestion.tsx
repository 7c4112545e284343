import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Prediction } from '../../../core/exercise/predictions';
import type { MessageKey } from '../../../content/ui/messages';
import { inThisIteration, PREDICTION_ITEM } from '../../../store/live-items-slice';
import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../../ui/use-translation';

export interface PredictionQuestionProps {
  prediction: Prediction;
  /** The options' message keys, in the order the core lists them. */
  options: readonly MessageKey[];
  /** Asked at this phase (and not set aside for this iteration). */
  asked: boolean;
  /** The step that shows the answer has been taken. */
  revealed: boolean;
  /** What the exercise showed, once revealed. */
  result: string | null;
  /** Called once the question is set aside and gone, for focus to land somewhere near. */
  onDismissed: () => void;
}

/**
 * One prediction: radio buttons and "Responder" (or "Agora não") while it is asked; once
 * answered, the answer recorded; once the next step shows it, the verdict and what happened.
 * It never holds the step back.
 */
export function PredictionQuestion({
  prediction,
  options,
  asked,
  revealed,
  result,
  onDismissed,
}: PredictionQuestionProps) {
  const t = useTranslation();
  const baseId = useId();
  const [chosen, setChosen] = useState<number | null>(null);
  const id = PREDICTION_ITEM[prediction];
  const feedback = useAppStore((state) => {
    const given = state.liveFeedback[id];
    return inThisIteration(state, given) ? given : undefined;
  });
  const dismissed = useAppStore((state) =>
    inThisIteration(state, state.predictionsDismissed[prediction]),
  );
  const answerPrediction = useAppStore((state) => state.answerPrediction);
  const dismissPrediction = useAppStore((state) => state.dismissPrediction);
  const answer = feedback?.answer.kind === 'choice' ? feedback.answer : null;
  const question = t(`predict.${prediction}.question` as MessageKey);
  // the form goes once answered: focus moves to the answer recorded, which is read out
  const resultRef = useRef<HTMLParagraphElement>(null);
  const focusResult = useRef(false);

  useEffect(() => {
    if (!focusResult.current || !answer) return;
    focusResult.current = false;
    resultRef.current?.focus();
  }, [answer]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen === null) return;
    focusResult.current = true;
    answerPrediction(prediction, chosen);
    setChosen(null);
  };

  const optionText = (index: number) => {
    const key = options[index];
    return key ? t(key) : '';
  };

  if (answer && feedback) {
    return (
      <div className="prediction" role="group" aria-label={question}>
        <p className="prediction-question">{question}</p>
        <p ref={resultRef} className="prediction-result" aria-live="polite" tabIndex={-1}>
          {!revealed
            ? t('predict.recorded', { choice: optionText(answer.chosen) })
            : feedback.correct
              ? t('predict.correct', { choice: optionText(answer.chosen) })
              : t('predict.incorrect', {
                  choice: optionText(answer.chosen),
                  key: answer.keys.map(optionText).join(' / '),
                })}
        </p>
        {revealed && result && <p className="prediction-detail">{result}</p>}
      </div>
    );
  }
  if (!asked || dismissed) return null;
  return (
    <form className="prediction" aria-label={question} onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend>{question}</legend>
        {options.map((key, index) => (
          <label key={key} className="prediction-option">
            <input
              type="radio"
              name={`${baseId}-choice`}
              value={index}
              checked={chosen === index}
              onChange={() => setChosen(index)}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <div className="prediction-actions">
        <button type="submit" disabled={chosen === null}>
          {t('predict.submit')}
        </button>
        <button
          type="button"
          onClick={() => {
            dismissPrediction(prediction);
            onDismissed();
          }}
        >
          {t('predict.dismiss')}
        </button>
      </div>
    </form>
  );
}

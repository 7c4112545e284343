import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  handCalculationKey,
  handValueRevealed,
  type HandCalculationValue,
} from '../../../core/exercise/hand-calculation';
import { parseDecimal } from '../../../progress/kinds/numeric/number-text';
import { HAND_ITEM, inThisIteration } from '../../../store/live-items-slice';
import { selectRevealed } from '../../../store/selectors';
import { useAppStore } from '../../../store/store';
import { useFormatValue } from '../../../ui/use-number-format';
import { useTranslation } from '../../../ui/use-translation';

/**
 * One box of hand-calculation mode: a text field for `value` (0,25 or 0.25), open while the
 * exercise has not yet shown it, then the verdict with the exact value, read out politely.
 */
export function HandValueBox({ value }: { value: HandCalculationValue }) {
  const t = useTranslation();
  const format = useFormatValue();
  const baseId = useId();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const revealed = useAppStore((state) => handValueRevealed(value, selectRevealed(state)));
  const feedback = useAppStore((state) => {
    const given = state.liveFeedback[HAND_ITEM[value]];
    return inThisIteration(state, given) ? given : undefined;
  });
  // read only once shown: the update's key would otherwise be recomputed on every store change
  const key = useAppStore((state) => (revealed ? handCalculationKey(state.session, value) : null));
  const checkHandValue = useAppStore((state) => state.checkHandValue);
  const name = t(`hand.value.${value}`);
  // the form goes once checked: focus moves to the verdict, which is read out
  const resultRef = useRef<HTMLParagraphElement>(null);
  const focusResult = useRef(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const typed = parseDecimal(text);
    if (typed === null) {
      setInvalid(text.trim());
      return;
    }
    setInvalid(null);
    setText('');
    focusResult.current = true;
    checkHandValue(value, typed);
  };

  const answer = feedback?.answer.kind === 'numeric' ? feedback.answer : null;
  const answered = answer && feedback ? { answer, correct: feedback.correct } : null;

  useEffect(() => {
    if (!focusResult.current || !answer) return;
    focusResult.current = false;
    resultRef.current?.focus();
  }, [answer]);
  return (
    <div className="hand-value">
      {!revealed && !answered && (
        <form className="hand-value-form" onSubmit={onSubmit} noValidate>
          <label htmlFor={`${baseId}-field`}>{t('hand.valueLabel', { name })}</label>
          <input
            id={`${baseId}-field`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={text}
            aria-invalid={invalid !== null}
            aria-describedby={invalid !== null ? `${baseId}-error` : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setInvalid(null);
            }}
          />
          <button type="submit" disabled={text.trim() === ''}>
            {t('hand.check', { name })}
          </button>
          {invalid !== null && (
            <p id={`${baseId}-error`} className="hand-value-error" role="alert">
              {t('hand.invalid', { text: invalid })}
            </p>
          )}
        </form>
      )}
      <p ref={resultRef} className="hand-value-result" aria-live="polite" tabIndex={-1}>
        {answered
          ? t(answered.correct ? 'hand.correct' : 'hand.incorrect', {
              name,
              value: format(answered.answer.key),
              typed: format(answered.answer.value),
            })
          : revealed
            ? t('hand.revealed', { name, value: format(key ?? Number.NaN) })
            : ''}
      </p>
    </div>
  );
}

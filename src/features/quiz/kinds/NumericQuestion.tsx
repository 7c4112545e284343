import { useId, useState, type SyntheticEvent } from 'react';
import { parseDecimal } from '../../../progress/kinds/numeric/number-text';
import { formatField } from '../../../ui/format';
import { isCorrectNumber } from '../../../progress/kinds/numeric/score';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import type { QuizViewProps } from '../quiz-view-props';
import { QuizResult } from '../QuizResult';
import { useCheckedAnswer, useQuizFocus } from '../use-checked-answer';

/**
 * A numeric quiz: one text field that takes `0,25` as well as `0.25` (a number field would refuse
 * the comma in some browsers and say nothing), "Verificar", a clear message for text that is not a
 * number, then the verdict with the value given and the value expected.
 */
export function NumericQuestion({ quiz, question, explanation }: QuizViewProps<'numeric'>) {
  const t = useTranslation();
  const language = useLanguage();
  const baseId = useId();
  const { checked, check, retry } = useCheckedAnswer(quiz);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const { focusAfterRender, resultRef, fieldRef } = useQuizFocus(checked);
  // the app's one number format, up to 6 figures without trailing zeros, as an answer is typed
  const format = (value: number) => formatField(value, language, 6);

  const onCheck = (event: SyntheticEvent) => {
    event.preventDefault();
    const value = parseDecimal(text);
    if (value === null) {
      setInvalid(text.trim());
      fieldRef.current?.focus();
      return;
    }
    setInvalid(null);
    focusAfterRender('result');
    check({ kind: 'numeric', value });
    setText('');
  };

  const tryAgain = () => {
    focusAfterRender('field');
    retry();
  };

  const tolerance =
    quiz.tolerance.amount === 0
      ? null
      : quiz.tolerance.type === 'absolute'
        ? format(quiz.tolerance.amount)
        : `${format(quiz.tolerance.amount * 100)}%`;
  const unit = quiz.unit ? ` ${quiz.unit}` : '';
  const expected = tolerance
    ? t('quiz.numeric.expectedWithin', { value: format(quiz.value) + unit, tolerance })
    : t('quiz.numeric.expected', { value: format(quiz.value) + unit });
  const describedBy = [`${baseId}-hint`, invalid !== null ? `${baseId}-error` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <form className="quiz" onSubmit={onCheck} noValidate>
      <fieldset className="quiz-fieldset" aria-labelledby={`${baseId}-question`}>
        <div id={`${baseId}-question`} className="quiz-question">
          {question}
        </div>
        <p id={`${baseId}-hint`} className="quiz-hint">
          {t('quiz.numeric.hint')}
        </p>
        <div className="quiz-number">
          <label htmlFor={`${baseId}-answer`}>{t('quiz.numeric.label')}</label>
          <span className="quiz-number-field">
            <input
              ref={fieldRef}
              id={`${baseId}-answer`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={checked ? format(checked.value) : text}
              readOnly={checked !== null}
              aria-invalid={invalid !== null}
              aria-describedby={describedBy}
              onChange={(event) => {
                setText(event.target.value);
                setInvalid(null);
              }}
            />
            {quiz.unit && <span className="quiz-number-unit">{quiz.unit}</span>}
          </span>
          {invalid !== null && (
            <p id={`${baseId}-error`} className="quiz-number-error" role="alert">
              {t('quiz.numeric.invalid', { text: invalid })}
            </p>
          )}
        </div>
      </fieldset>
      {checked ? (
        <QuizResult
          ref={resultRef}
          correct={isCorrectNumber(quiz, checked.value)}
          incorrectMessage="quiz.numeric.incorrect"
          detail={<p className="quiz-number-expected">{expected}</p>}
          explanation={explanation}
          onRetry={tryAgain}
        />
      ) : (
        <div className="quiz-actions">
          <button type="submit" className="primary" disabled={text.trim() === ''} onClick={onCheck}>
            {t('quiz.check')}
          </button>
        </div>
      )}
    </form>
  );
}

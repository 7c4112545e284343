import { useId, useState, type SyntheticEvent } from 'react';
import {
  isCorrectChoice,
  isValidChoice,
  optionVerdicts,
  toggleChoice,
} from '../../../progress/kinds/choice/score';
import { useTranslation } from '../../../ui/use-translation';
import type { QuizViewProps } from '../quiz-view-props';
import { QuizOption } from '../QuizOption';
import { QuizResult } from '../QuizResult';
import { useCheckedAnswer, useQuizFocus } from '../use-checked-answer';

/**
 * A choice quiz: native radios (one right answer) or checkboxes (several), "Verificar", a
 * verdict in words on every option, the overall result, the explanation and "Tentar de novo".
 */
export function ChoiceQuestion({
  quiz,
  question,
  explanation,
  renderInlines,
}: QuizViewProps<'choice'>) {
  const t = useTranslation();
  const baseId = useId();
  const { checked, check, retry } = useCheckedAnswer(quiz);
  const [selection, setSelection] = useState<number[]>([]);
  const chosen = checked?.chosen ?? null;
  const shown = chosen ?? selection;
  const verdicts = chosen ? optionVerdicts(quiz, chosen) : null;
  const { focusAfterRender, resultRef, fieldRef } = useQuizFocus(chosen);

  // handled on the button's click, which Enter in an option also fires (implicit submission), and
  // cancelled there: a sandboxed frame without allow-forms blocks every form submission
  const onCheck = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!isValidChoice(quiz, selection)) return;
    focusAfterRender('result');
    check({ kind: 'choice', chosen: selection });
    setSelection([]);
  };

  const tryAgain = () => {
    focusAfterRender('field');
    setSelection([]);
    retry();
  };

  return (
    <form className="quiz" onSubmit={onCheck} noValidate>
      {/* a <legend> may hold only phrasing content, and a question can hold display math or a
          list: the question is a <div> that names the fieldset instead */}
      <fieldset
        className="quiz-fieldset"
        aria-labelledby={`${baseId}-question`}
        aria-describedby={`${baseId}-hint`}
      >
        <div id={`${baseId}-question`} className="quiz-question">
          {question}
        </div>
        <p id={`${baseId}-hint`} className="quiz-hint">
          {t(quiz.multiple ? 'quiz.multiple' : 'quiz.single')}
        </p>
        <div className="quiz-options">
          {quiz.options.map((option, index) => (
            <QuizOption
              key={index}
              id={`${baseId}-option-${index}`}
              name={`${baseId}-${quiz.id}`}
              multiple={quiz.multiple}
              checked={shown.includes(index)}
              locked={chosen !== null}
              verdict={verdicts?.[index] ?? null}
              onToggle={() => setSelection(toggleChoice(selection, index, quiz.multiple))}
              inputRef={index === 0 ? fieldRef : undefined}
            >
              {renderInlines(option.content)}
            </QuizOption>
          ))}
        </div>
      </fieldset>
      {chosen ? (
        <QuizResult
          ref={resultRef}
          correct={isCorrectChoice(quiz, chosen)}
          explanation={explanation}
          onRetry={tryAgain}
        />
      ) : (
        <div className="quiz-actions">
          <button
            type="submit"
            className="primary"
            disabled={!isValidChoice(quiz, selection)}
            onClick={onCheck}
          >
            {t('quiz.check')}
          </button>
        </div>
      )}
    </form>
  );
}

import { useId, useMemo, useState, type SyntheticEvent } from 'react';
import {
  isCorrectChoice,
  isValidChoice,
  optionVerdicts,
  toggleChoice,
} from '../../../progress/kinds/choice/score';
import { optionOrder } from '../../../progress/option-order';
import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../../ui/use-translation';
import type { QuizViewProps } from '../quiz-view-props';
import { QuizOption } from '../QuizOption';
import { QuizResult } from '../QuizResult';
import { useCheckedAnswer, useQuizFocus } from '../use-checked-answer';

/**
 * A choice quiz: native radios (one right answer) or checkboxes (several), "Verificar", a
 * verdict in words on every option, the overall result, the explanation and "Tentar de novo".
 * The options are shown in this learner's order for this attempt (progress/option-order.ts), in
 * the DOM as on screen, so reading and Tab follow it; each is still named by its index in the
 * lesson file, so the answer saved and scored is the option itself, never its position.
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
  const learner = useAppStore((state) => state.learnerId);
  const attempt = useAppStore((state) => state.attempt);
  const order = useMemo(
    () => optionOrder(quiz.options.length, { learner, attempt }, quiz.id),
    [quiz.options.length, quiz.id, learner, attempt],
  );
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
          {order.map((index, position) => (
            <QuizOption
              key={index}
              id={`${baseId}-option-${index}`}
              name={`${baseId}-${quiz.id}`}
              value={index}
              multiple={quiz.multiple}
              checked={shown.includes(index)}
              locked={chosen !== null}
              verdict={verdicts?.[index] ?? null}
              onToggle={() => setSelection(toggleChoice(selection, index, quiz.multiple))}
              inputRef={position === 0 ? fieldRef : undefined}
            >
              {renderInlines(quiz.options[index]?.content ?? [])}
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

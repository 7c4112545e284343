import './quiz.css';
import { useEffect, useId, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import type { Quiz } from '../../content/lesson/lesson-types';
import { isCorrectChoice, isValidChoice, optionVerdicts } from '../../store/quiz-scoring';
import { useAppStore } from '../../store/store';
import { useTranslation } from '../ui/use-translation';
import { QuizOption } from './QuizOption';
import { QuizResult } from './QuizResult';
import { toggleChoice } from './quiz-choice';

export interface QuizCardProps {
  /** The quiz's data: its id, whether several answers are right, and which options are. */
  quiz: Quiz;
  /** The question, already rendered; it names the fieldset (any flow content: formulas, lists). */
  question: ReactNode;
  /** Each option's content, already rendered, in the order of `quiz.options`. */
  options: ReactNode[];
  /** The explanation, already rendered; shown after checking. */
  explanation: ReactNode;
}

/**
 * A question with native radios (one right answer) or checkboxes (several), "Verificar", a
 * verdict in words on every option, the overall result, the explanation and "Tentar de novo".
 * The latest checked attempt lives in the store, so it survives a reload.
 */
export function QuizCard({ quiz, question, options, explanation }: QuizCardProps) {
  const t = useTranslation();
  const baseId = useId();
  const stored = useAppStore((state) =>
    Object.hasOwn(state.answers, quiz.id) ? state.answers[quiz.id] : undefined,
  );
  const answer = useAppStore((state) => state.answer);
  const retry = useAppStore((state) => state.retry);
  const [selection, setSelection] = useState<number[]>([]);

  const checked = stored && isValidChoice(quiz, stored.chosen) ? stored.chosen : null;
  const shown = checked ?? selection;
  const verdicts = checked ? optionVerdicts(quiz, checked) : null;

  const focusAfterRender = useRef<'result' | 'options' | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const firstInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusAfterRender.current === 'result') resultRef.current?.focus();
    if (focusAfterRender.current === 'options') firstInput.current?.focus();
    focusAfterRender.current = null;
  }, [checked]);

  // handled on the button's click, which Enter in an option also fires (implicit submission), and
  // cancelled there: a sandboxed frame without allow-forms blocks every form submission
  const check = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!isValidChoice(quiz, selection)) return;
    focusAfterRender.current = 'result';
    answer(quiz.id, selection, isCorrectChoice(quiz, selection));
    setSelection([]);
  };

  const tryAgain = () => {
    focusAfterRender.current = 'options';
    setSelection([]);
    retry(quiz.id);
  };

  return (
    <form className="quiz" onSubmit={check} noValidate>
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
          {quiz.options.map((_, index) => (
            <QuizOption
              key={index}
              id={`${baseId}-option-${index}`}
              name={`${baseId}-${quiz.id}`}
              multiple={quiz.multiple}
              checked={shown.includes(index)}
              locked={checked !== null}
              verdict={verdicts?.[index] ?? null}
              onToggle={() => setSelection(toggleChoice(selection, index, quiz.multiple))}
              inputRef={index === 0 ? firstInput : undefined}
            >
              {options[index]}
            </QuizOption>
          ))}
        </div>
      </fieldset>
      {checked ? (
        <QuizResult
          ref={resultRef}
          correct={isCorrectChoice(quiz, checked)}
          explanation={explanation}
          onRetry={tryAgain}
        />
      ) : (
        <div className="quiz-actions">
          <button
            type="submit"
            className="primary"
            disabled={!isValidChoice(quiz, selection)}
            onClick={check}
          >
            {t('quiz.check')}
          </button>
        </div>
      )}
    </form>
  );
}

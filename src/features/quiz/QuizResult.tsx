import type { ReactNode, Ref } from 'react';
import type { MessageKey } from '../../content/ui/messages';
import { useTranslation } from '../../ui/use-translation';
import { VerdictIcon } from './VerdictIcon';

interface QuizResultProps {
  correct: boolean;
  explanation: ReactNode;
  onRetry: () => void;
  /** What a wrong answer is told (the choice quiz's wording points at each option's verdict). */
  incorrectMessage?: MessageKey;
  /** Said right after the result (a numeric quiz's expected value). */
  detail?: ReactNode;
  /** The result line, focused right after checking so that it is read out. */
  ref?: Ref<HTMLParagraphElement>;
}

/** The overall result in words, the explanation and "Tentar de novo". */
export function QuizResult(props: QuizResultProps) {
  const { correct, explanation, onRetry, ref, detail } = props;
  const incorrectMessage = props.incorrectMessage ?? 'quiz.result.incorrect';
  const t = useTranslation();
  return (
    <div className="quiz-feedback">
      <p
        ref={ref}
        tabIndex={-1}
        className={`quiz-result ${correct ? 'quiz-result-correct' : 'quiz-result-incorrect'}`}
      >
        <VerdictIcon verdict={correct ? 'correct' : 'incorrect'} />
        {t(correct ? 'quiz.result.correct' : incorrectMessage)}
      </p>
      {detail}
      <div className="quiz-explanation">
        <p className="quiz-explanation-title">{t('quiz.explanation')}</p>
        {explanation}
      </div>
      <div className="quiz-actions">
        <button type="button" onClick={onRetry}>
          {t('quiz.retry')}
        </button>
      </div>
    </div>
  );
}

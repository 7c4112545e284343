import type { ReactNode, Ref } from 'react';
import { useTranslation } from '../ui/use-translation';
import { VerdictIcon } from './VerdictIcon';

interface QuizResultProps {
  correct: boolean;
  explanation: ReactNode;
  onRetry: () => void;
  /** The result line, focused right after checking so that it is read out. */
  ref?: Ref<HTMLParagraphElement>;
}

/** The overall result in words, the explanation and "Tentar de novo". */
export function QuizResult({ correct, explanation, onRetry, ref }: QuizResultProps) {
  const t = useTranslation();
  return (
    <div className="quiz-feedback">
      <p
        ref={ref}
        tabIndex={-1}
        className={`quiz-result ${correct ? 'quiz-result-correct' : 'quiz-result-incorrect'}`}
      >
        <VerdictIcon verdict={correct ? 'correct' : 'incorrect'} />
        {t(correct ? 'quiz.result.correct' : 'quiz.result.incorrect')}
      </p>
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

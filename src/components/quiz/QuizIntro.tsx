import './quiz.css';
import { useId } from 'react';
import { useTranslation } from '../ui/use-translation';
import { ResetProgress } from './ResetProgress';

/** `<!-- mkdocs-quiz intro -->`: answers are saved in this browser; a way to start over. */
export function QuizIntro() {
  const t = useTranslation();
  const titleId = useId();
  return (
    <div className="quiz-intro" role="note" aria-labelledby={titleId}>
      <p id={titleId} className="quiz-intro-title">
        {t('quiz.intro.title')}
      </p>
      <p>{t('quiz.intro.text')}</p>
      <ResetProgress />
    </div>
  );
}

import './quiz.css';
import { useId } from 'react';
import type { ProgressHome } from '../../store/quiz-slice';
import { useAppStore } from '../../store/store';
import { useTranslation } from '../../ui/use-translation';

type Translate = ReturnType<typeof useTranslation>;
import { ResetProgress } from './ResetProgress';

/** Where the answers go, said truthfully for where the lesson runs. */
function homeText(home: ProgressHome, t: Translate): string {
  switch (home.kind) {
    case 'browser':
      return t('quiz.intro.text');
    case 'memory':
      return t('quiz.intro.memory');
    case 'lms': {
      const lms = home.name ?? t('quiz.intro.lmsUnnamed');
      return t(home.review ? 'quiz.intro.review' : 'quiz.intro.lms', { lms });
    }
  }
}

/**
 * `<!-- mkdocs-quiz intro -->`: where the answers are kept, and a way to start over — except
 * inside an LMS, where the attempt is the LMS's to restart.
 */
export function QuizIntro() {
  const t = useTranslation();
  const titleId = useId();
  const home = useAppStore((state) => state.progressHome);
  return (
    <div className="quiz-intro" role="note" aria-labelledby={titleId}>
      <p id={titleId} className="quiz-intro-title">
        {t('quiz.intro.title')}
      </p>
      <p>{homeText(home, t)}</p>
      <ResetProgress />
    </div>
  );
}

import './hero.css';
import type { ProgressHome } from '../../../store/quiz-slice';
import { useAppStore } from '../../../store/store';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { QuizIntro } from '../../quiz';
import { heroMessages, type HeroMessageKey } from './hero-messages';

type Translate = ReturnType<typeof useFeatureTranslation<HeroMessageKey>>;

/** Where the answers go, in a few words, for where the lesson runs. */
function shortText(home: ProgressHome, t: Translate): string {
  switch (home.kind) {
    case 'browser':
      return t('lesson.saved.browser');
    case 'memory':
      return t('lesson.saved.memory');
    case 'lms': {
      const lms = home.name ?? t('quiz.intro.lmsUnnamed');
      return home.review ? t('lesson.saved.review') : t('lesson.saved.lms', { lms });
    }
  }
}

/**
 * `<!-- mkdocs-quiz intro -->` as one line: where the answers go, and on demand the whole notice
 * (what counts, the LMS's grade) with its reset button.
 */
export function SavedAnswersLine() {
  const t = useFeatureTranslation(heroMessages);
  const home = useAppStore((state) => state.progressHome);
  return (
    <details className="saved-answers">
      <summary>
        <span className="saved-answers-text">{shortText(home, t)}</span>{' '}
        <span className="saved-answers-more">{t('lesson.saved.more')}</span>
      </summary>
      <QuizIntro />
    </details>
  );
}

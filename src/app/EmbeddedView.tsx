import { lazy, Suspense } from 'react';
import type { LinkSettings } from '../store/link-settings';
import { useTranslation } from '../ui/use-translation';
import { LabPage } from './LabPage';
import { QuizPage } from './QuizPage';

const ExerciseSection = lazy(() =>
  import('../features/exercise/ExerciseSection').then((module) => ({
    default: module.ExerciseSection,
  })),
);

/** A view for an iframe or a link: the exercise alone (`?view=widget`), one quiz or one lab section. */
export function EmbeddedView({ link }: { link: LinkSettings }) {
  const t = useTranslation();
  if (link.view === 'lab') return <LabPage id={link.id ?? ''} />;
  // the page's one h1 names the app; the exercise or quiz below has its own heading
  const title = <h1 className="visually-hidden">{t('app.title')}</h1>;
  if (link.view === 'quiz') {
    return (
      <>
        {title}
        <QuizPage id={link.id ?? ''} />
      </>
    );
  }
  return (
    <>
      {title}
      <Suspense
        fallback={
          <p className="lesson-status" role="status">
            {t('app.lessonLoading')}
          </p>
        }
      >
        <ExerciseSection />
      </Suspense>
    </>
  );
}

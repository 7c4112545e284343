import { lazy, Suspense } from 'react';
import type { LinkSettings } from '../store/link-settings';
import { useTranslation } from '../components/ui/use-translation';
import { LabPage } from './LabPage';
import { QuizPage } from './QuizPage';

const ExerciseSection = lazy(() =>
  import('./ExerciseSection').then((module) => ({ default: module.ExerciseSection })),
);

/** A view for an iframe or a link: the exercise alone (`?view=widget`), one quiz or one lab section. */
export function EmbeddedView({ link }: { link: LinkSettings }) {
  const t = useTranslation();
  if (link.view === 'lab') return <LabPage id={link.id ?? ''} />;
  if (link.view === 'quiz') return <QuizPage id={link.id ?? ''} />;
  return (
    <Suspense
      fallback={
        <p className="lesson-status" role="status">
          {t('app.lessonLoading')}
        </p>
      }
    >
      <ExerciseSection />
    </Suspense>
  );
}

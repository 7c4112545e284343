import { lazy, Suspense } from 'react';
import { useLanguage, useTranslation } from '../components/ui/use-translation';
import { useLesson } from './use-lesson';

const QuizView = lazy(() =>
  import('../components/lesson/QuizView').then((module) => ({ default: module.QuizView })),
);

/** `?view=quiz&id=…`: one quiz of the lesson in the current language, loaded like the lesson. */
export function QuizPage({ id }: { id: string }) {
  const t = useTranslation();
  const state = useLesson(useLanguage());
  const loading = (
    <p className="lesson-status" role="status">
      {t('app.lessonLoading')}
    </p>
  );
  if (state.status === 'loading') return loading;
  if (state.status === 'failed') {
    return (
      <div className="lesson-status" role="alert">
        <p>{t('app.lessonFailed')}</p>
        <button type="button" onClick={state.retry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  return (
    <Suspense fallback={loading}>
      <QuizView lesson={state.lesson} id={id} />
    </Suspense>
  );
}

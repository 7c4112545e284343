import { Suspense, type ReactNode } from 'react';
import type { Lesson } from '../content/lesson/lesson-types';
import { useLanguage, useTranslation } from '../ui/use-translation';
import { useLesson } from './use-lesson';

/**
 * The lesson in the current language for `children` (the whole lesson or one quiz): a status line
 * while it loads, an alert with "Tentar de novo" when it cannot, and the same status while the
 * lazy view that draws it arrives.
 */
export function WithLesson({ children }: { children: (lesson: Lesson) => ReactNode }) {
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
  return <Suspense fallback={loading}>{children(state.lesson)}</Suspense>;
}

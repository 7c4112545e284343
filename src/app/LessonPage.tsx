import { LossSurface } from '../components/figures/LossSurface';
import { VideoCard } from '../components/figures/VideoCard';
import type { WidgetRegistry } from '../components/lesson/lesson-context';
import { LessonView } from '../components/lesson/LessonView';
import { useLanguage, useTranslation } from '../components/ui/use-translation';
import { ExerciseSection } from './ExerciseSection';
import { useLesson } from './use-lesson';

/** What each raw-HTML placeholder of the lesson mounts. */
const WIDGETS: WidgetRegistry = {
  'backprop-widget': ExerciseSection,
  'loss-surface': LossSurface,
  video: VideoCard,
};

/** The lesson in the current language, with the exercise and figures in place. */
export function LessonPage() {
  const t = useTranslation();
  const state = useLesson(useLanguage());
  if (state.status === 'loading') {
    return (
      <p className="lesson-status" role="status">
        {t('app.lessonLoading')}
      </p>
    );
  }
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
  return <LessonView lesson={state.lesson} widgets={WIDGETS} />;
}

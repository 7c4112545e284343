import { lazy } from 'react';
import { EXERCISE_ELEMENT_ID } from '../features/exercise/face/exercise-status';
import { VideoCard } from '../features/lesson/figures/VideoCard';
import type { LessonLinks, WidgetRegistry } from '../features/lesson/renderer/lesson-context';
import { challengesHref } from '../labs/lab-registry';
import { LabWidget } from './lab-registry';
import { lazyWidget } from './lazy-widget';
import { loadLessonView } from './use-lesson';
import { WithLesson } from './WithLesson';

/** Loaded with the lesson's text (see use-lesson.ts): KaTeX stays out of the first chunk. */
const LessonView = lazy(() => loadLessonView().then((module) => ({ default: module.LessonView })));

/**
 * What each raw-HTML placeholder of the lesson mounts. The exercise (section 8) and the loss
 * surface (section 5, with d3-contour) are far below the first screen: their code loads after it.
 */
const WIDGETS: WidgetRegistry = {
  'backprop-widget': lazyWidget(
    () => import('../features/exercise/ExerciseSection').then((module) => module.ExerciseSection),
    'widget-placeholder-exercise',
    EXERCISE_ELEMENT_ID,
  ),
  'loss-surface': lazyWidget(
    () => import('../features/lesson/figures/LossSurface').then((module) => module.LossSurface),
    'widget-placeholder-surface',
  ),
  video: VideoCard,
  lab: LabWidget,
};

/** The lesson's links to the lab sections, from their manifests. */
const LINKS: LessonLinks = { challenges: challengesHref() };

/** The lesson in the current language, with the exercise and figures in place. */
export function LessonPage() {
  return (
    <WithLesson>
      {(lesson) => <LessonView lesson={lesson} widgets={WIDGETS} links={LINKS} />}
    </WithLesson>
  );
}

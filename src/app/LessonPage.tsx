import { lazy } from 'react';
import { VideoCard } from '../components/figures/VideoCard';
import type { WidgetRegistry } from '../components/lesson/lesson-context';
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
    () => import('./ExerciseSection').then((module) => module.ExerciseSection),
    'widget-placeholder-exercise',
    'backprop-widget',
  ),
  'loss-surface': lazyWidget(
    () => import('../components/figures/LossSurface').then((module) => module.LossSurface),
    'widget-placeholder-surface',
  ),
  video: VideoCard,
  lab: LabWidget,
};

/** The lesson in the current language, with the exercise and figures in place. */
export function LessonPage() {
  return <WithLesson>{(lesson) => <LessonView lesson={lesson} widgets={WIDGETS} />}</WithLesson>;
}

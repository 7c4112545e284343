import { lazy } from 'react';
import { WithLesson } from './WithLesson';

const QuizView = lazy(() =>
  import('../features/lesson/renderer/QuizView').then((module) => ({ default: module.QuizView })),
);

/** `?view=quiz&id=…`: one quiz of the lesson in the current language, loaded like the lesson. */
export function QuizPage({ id }: { id: string }) {
  return <WithLesson>{(lesson) => <QuizView lesson={lesson} id={id} />}</WithLesson>;
}

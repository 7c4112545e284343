import './lesson.css';
import { useMemo } from 'react';
import type { Lesson } from '../../../content/lesson/lesson-types';
import { lessonQuizzes } from '../../../progress/lesson-quizzes';
import { currentQuizId } from '../../../progress/migrations';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { LessonQuiz } from './Blocks';
import { LessonContext } from './lesson-context';

/**
 * One quiz of the lesson on its own (`?view=quiz&id=phase-order`), for an LMS page. Its answer is saved
 * with the lesson's, so the lesson shows it too. An unknown id lists the quizzes that exist.
 */
export function QuizView({ lesson, id }: { lesson: Lesson; id: string }) {
  const t = useTranslation();
  const language = useLanguage();
  const context = useMemo(() => ({ lesson, widgets: {}, links: {} }), [lesson]);
  const quizzes = lessonQuizzes(lesson);
  // a link made for release 1 names the quiz by position: it still opens the same question
  const wanted = currentQuizId(id);
  const quiz = quizzes.find((candidate) => candidate.id === wanted);
  if (!quiz) {
    return (
      <div className="lesson-status" role="alert">
        <p>{id === '' ? t('quiz.view.choose') : t('quiz.view.unknown', { id })}</p>
        <ul>
          {quizzes.map(({ id: known }) => (
            <li key={known}>
              <a href={`?view=quiz&id=${known}&lang=${language}`}>{known}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <LessonContext value={context}>
      <article className="lesson lesson--single">
        <LessonQuiz quiz={quiz} />
      </article>
    </LessonContext>
  );
}

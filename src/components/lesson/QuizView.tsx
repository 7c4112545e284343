import './lesson.css';
import { useMemo } from 'react';
import type { Lesson } from '../../content/lesson/lesson-types';
import { lessonQuizzes } from '../../store/quiz-progress';
import { useLanguage, useTranslation } from '../ui/use-translation';
import { LessonQuiz } from './Blocks';
import { LessonContext } from './lesson-context';

/**
 * One quiz of the lesson on its own (`?view=quiz&id=q-…`), for an LMS page. Its answer is saved
 * with the lesson's, so the lesson shows it too. An unknown id lists the quizzes that exist.
 */
export function QuizView({ lesson, id }: { lesson: Lesson; id: string }) {
  const t = useTranslation();
  const language = useLanguage();
  const context = useMemo(() => ({ lesson, widgets: {} }), [lesson]);
  const quizzes = lessonQuizzes(lesson);
  const quiz = quizzes.find((candidate) => candidate.id === id);
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

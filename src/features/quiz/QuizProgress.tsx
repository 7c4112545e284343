import './quiz.css';
import { useId, useMemo } from 'react';
import type { Lesson } from '../../content/lesson/lesson-types';
import { challengeProgress, lessonProgress } from '../../progress/lesson-progress';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../ui/format';
import { useLanguage, useTranslation } from '../../ui/use-translation';
import { ResetProgress } from './ResetProgress';
import { SubmitAttempt } from './SubmitAttempt';

/**
 * The results panel: answered, correct and percent for the lesson and by section, the lab's
 * challenges met, and a reset (in a browser) or "Concluir e enviar nota" (inside an LMS).
 */
export function QuizProgress({
  lesson,
  challengesHref,
}: {
  lesson: Lesson;
  /** Where the challenges are taken, linked beside their count; no link when absent. */
  challengesHref?: string;
}) {
  const t = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const answers = useAppStore((state) => state.answers);
  const liveAnswers = useAppStore((state) => state.liveAnswers);
  const progress = useMemo(
    () => lessonProgress(lesson, answers, liveAnswers),
    [lesson, answers, liveAnswers],
  );
  const challengesCompleted = useAppStore((state) => state.challengesCompleted);
  const challenges = useMemo(() => challengeProgress(challengesCompleted), [challengesCompleted]);
  const count = (value: number, total: number) =>
    t('quiz.progress.count', {
      count: formatCount(value, language),
      total: formatCount(total, language),
    });

  return (
    <section className="quiz-progress" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('quiz.progress.title')}</h3>
      {progress.total === 0 ? (
        <p>{t('quiz.progress.none')}</p>
      ) : (
        <>
          <dl className="quiz-progress-totals">
            <div>
              <dt>{t('quiz.progress.answered')}</dt>
              <dd>{count(progress.answered, progress.total)}</dd>
            </div>
            <div>
              <dt>{t('quiz.progress.correct')}</dt>
              <dd>{count(progress.correct, progress.total)}</dd>
            </div>
            <div>
              <dt>{t('quiz.progress.percent')}</dt>
              <dd>
                {t('quiz.progress.percentValue', {
                  percent: formatCount(progress.percent, language),
                })}
              </dd>
            </div>
          </dl>
          <progress
            className="quiz-progress-bar"
            value={progress.correct}
            max={progress.total}
            aria-label={t('quiz.progress.bar')}
          />
          <div className="table-scroll">
            <table className="quiz-progress-table">
              <caption>{t('quiz.progress.bySection')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('quiz.progress.section')}</th>
                  <th scope="col">{t('quiz.progress.answered')}</th>
                  <th scope="col">{t('quiz.progress.correct')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.sections.map((section) => (
                  <tr key={`${section.id}:${section.group ?? ''}`}>
                    <th scope="row">
                      <a href={`#${section.id}`}>{section.titleText}</a>
                      {section.group && ` — ${t('hand.progressGroup')}`}
                    </th>
                    <td>{count(section.answered, section.total)}</td>
                    <td>{count(section.correct, section.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <dl className="quiz-progress-totals">
        <div>
          <dt>{t('quiz.progress.challengesMet')}</dt>
          <dd>
            {count(challenges.completed, challenges.total)}
            {challengesHref !== undefined && (
              <>
                {' '}
                <a href={challengesHref}>{t('quiz.progress.challengesLink')}</a>
              </>
            )}
          </dd>
        </div>
      </dl>
      <SubmitAttempt lesson={lesson} />
      <ResetProgress />
    </section>
  );
}

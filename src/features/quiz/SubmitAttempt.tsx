import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Lesson } from '../../content/lesson/lesson-types';
import { lessonProgress } from '../../progress/lesson-progress';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../ui/format';
import { useLanguage, useTranslation } from '../../ui/use-translation';

/**
 * Inside an LMS: "Concluir e enviar nota" closes the attempt with the answers checked so far, after
 * a confirmation that lists the sections with unanswered questions (they count as wrong) and says
 * what the LMS may do next. Not shown outside an LMS, nor in review, where nothing is reported.
 */
export function SubmitAttempt({ lesson }: { lesson: Lesson }) {
  const t = useTranslation();
  const language = useLanguage();
  const questionId = useId();
  const home = useAppStore((state) => state.progressHome);
  const answers = useAppStore((state) => state.answers);
  const liveAnswers = useAppStore((state) => state.liveAnswers);
  const submitted = useAppStore((state) => state.submitted);
  const submitAttempt = useAppStore((state) => state.submitAttempt);
  const progress = useMemo(
    () => lessonProgress(lesson, answers, liveAnswers),
    [lesson, answers, liveAnswers],
  );
  const [confirming, setConfirming] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (confirming ? cancelButton : startButton).current?.focus();
  }, [confirming]);

  if (home.kind !== 'lms' || home.review || progress.total === 0) return null;
  const lms = home.name ?? t('quiz.intro.lmsUnnamed');
  const allAnswered = progress.answered === progress.total;
  const unanswered = progress.sections.filter((section) => section.answered < section.total);
  const open = (value: boolean) => {
    moveFocus.current = true;
    setConfirming(value);
  };

  return (
    <div className="submit-attempt">
      {submitted || allAnswered ? null : confirming ? (
        <div className="reset-confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{t('quiz.submit.confirm', { lms })}</p>
          {unanswered.length > 0 ? (
            <>
              <p>
                {t('quiz.submit.unanswered', {
                  count: formatCount(progress.total - progress.answered, language),
                })}
              </p>
              <ul>
                {unanswered.map((section) => (
                  <li key={`${section.id}:${section.group ?? ''}`}>
                    <a href={`#${section.id}`}>{section.titleText}</a>
                    {section.group && ` — ${t('hand.progressGroup')}`} (
                    {formatCount(section.total - section.answered, language)})
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('quiz.submit.allAnswered')}</p>
          )}
          <p>{t('quiz.submit.after', { lms })}</p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              submitAttempt();
              setConfirming(false);
            }}
          >
            {t('quiz.submit.yes')}
          </button>
          <button type="button" ref={cancelButton} onClick={() => open(false)}>
            {t('quiz.submit.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" ref={startButton} className="primary" onClick={() => open(true)}>
          {t('quiz.submit')}
        </button>
      )}
      <p className="reset-status" role="status">
        {submitted
          ? t('quiz.submit.done', { lms })
          : allAnswered
            ? t('quiz.submit.closed', { lms })
            : ''}
      </p>
    </div>
  );
}

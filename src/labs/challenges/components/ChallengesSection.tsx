import './challenges.css';
import { Suspense, useContext, useEffect, useMemo, useState } from 'react';
import type { ChallengeId } from '../../../progress/challenges/challenges';
import { completedChallenges } from '../../../progress/challenges/challenges-records';
import { focusWhenPresent, PENDING_ATTRIBUTE } from '../../../ui/focus-when-present';
import { formatCount } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import {
  EXERCISE_ELEMENT_ID,
  ExerciseSlotContext,
  subscribeChallengeRecords,
  useChallengeProgress,
  useChallengeRecords,
} from '../../../features/exercise';
import { LabFrame, LabPlacementContext } from '../../shared/LabFrame';
import { ChallengeCard } from './ChallengeCard';
import { challengeCards } from './challenge-cards';
import { challengesMessages } from '../messages';

/** The challenges met since this component mounted, as the store records them. */
function useNewlyMet(): ChallengeId[] {
  const [fresh, setFresh] = useState<ChallengeId[]>([]);
  useEffect(
    () =>
      subscribeChallengeRecords((records, previous) => {
        const before = new Set(completedChallenges(previous));
        const met = completedChallenges(records).filter((id) => !before.has(id));
        if (met.length > 0) setFresh(met);
      }),
    [],
  );
  return fresh;
}

/** Challenges on the 2–2–1 exercise, judged on its live state and counted with the quizzes. */
export default function ChallengesLab() {
  const t = useFeatureTranslation(challengesMessages);
  const language = useLanguage();
  const placement = useContext(LabPlacementContext);
  // alone in ?view=lab there is no exercise on the page: the app hands the section one to draw
  const exercise = useContext(ExerciseSlotContext);
  const progress = useChallengeProgress();
  const records = useChallengeRecords();
  const [missing, setMissing] = useState(false);
  const newlyMet = useNewlyMet();

  const cards = useMemo(
    () => challengeCards(progress, records, t, language),
    [progress, records, t, language],
  );
  const done = cards.filter((card) => card.met).length;
  const announcement = newlyMet
    .map((id) => cards.find((card) => card.id === id)?.title ?? '')
    .map((title) => t('lab.challenges.announce', { title }))
    .join(' ');

  // the exercise may still be loading when the learner clicks: it is focused when it arrives
  const goToExercise = () => {
    setMissing(false);
    void focusWhenPresent(EXERCISE_ELEMENT_ID).then((found) => setMissing(!found));
  };

  return (
    <LabFrame
      id="challenges"
      title={t('lab.challenges.title')}
      intro={
        <>
          <p>{t('lab.challenges.intro')}</p>
          {placement === 'standalone' && <p>{t('lab.challenges.exerciseBelow')}</p>}
        </>
      }
      more={<p>{t('lab.challenges.more')}</p>}
    >
      <p className="challenges-summary lab-summary">
        {t('lab.challenges.summary', {
          done: formatCount(done, language),
          total: formatCount(cards.length, language),
        })}
      </p>
      <ol className="challenges-list" aria-label={t('lab.challenges.list')}>
        {cards.map((card) => (
          <ChallengeCard key={card.id} card={card} onGoToExercise={goToExercise} />
        ))}
      </ol>
      {missing && <p className="challenges-missing">{t('lab.challenges.noExercise')}</p>}
      <p className="challenges-announcement visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {placement === 'standalone' && exercise && (
        <div className="challenges-exercise">
          <Suspense
            fallback={
              <p {...{ [PENDING_ATTRIBUTE]: EXERCISE_ELEMENT_ID }}>
                {t('lab.challenges.loadingExercise')}
              </p>
            }
          >
            {exercise}
          </Suspense>
        </div>
      )}
    </LabFrame>
  );
}

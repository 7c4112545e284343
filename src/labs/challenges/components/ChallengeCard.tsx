import { useContext } from 'react';
import { LabPlacementContext } from '../../shared/LabFrame';
import { useFeatureTranslation } from '../../../ui/use-translation';
import type { ChallengeCardModel } from './challenge-cards';
import { challengesMessages } from '../messages';

/** A tick in a circle when met, an empty circle when not; the text beside it says the same. */
function StatusIcon({ met }: { met: boolean }) {
  return (
    <svg className="challenge-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
      <circle
        cx="10"
        cy="10"
        r="8.5"
        fill={met ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.5"
      />
      {met && (
        <path d="M5.5 10.5l3 3 6-7" fill="none" stroke="var(--color-surface)" strokeWidth="2" />
      )}
    </svg>
  );
}

/** One challenge: title, what counts, status (icon and text), the live hint, and the way to the exercise. */
export function ChallengeCard({
  card,
  onGoToExercise,
}: {
  card: ChallengeCardModel;
  onGoToExercise: () => void;
}) {
  const t = useFeatureTranslation(challengesMessages);
  const placement = useContext(LabPlacementContext);
  const Heading = placement === 'standalone' ? 'h2' : 'h4';
  return (
    <li className={`challenge-card${card.met ? ' challenge-met' : ''}`} data-challenge={card.id}>
      <Heading className="challenge-title">{card.title}</Heading>
      <p className="challenge-status">
        <StatusIcon met={card.met} />
        <span className="visually-hidden">{t('lab.challenges.status')}: </span>
        <strong>{card.met ? t('lab.challenges.met') : t('lab.challenges.notMet')}</strong>
      </p>
      <p className="challenge-counts">
        <span className="challenge-label">{t('lab.challenges.whatCounts')}: </span>
        {card.counts}
      </p>
      {card.recorded.length > 0 && (
        <ul className="challenge-recorded">
          {card.recorded.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {card.now.length > 0 && (
        <p className="challenge-now">
          <span className="challenge-label">{t('lab.challenges.now')}: </span>
          {card.now.join(' ')}
        </p>
      )}
      <button type="button" onClick={onGoToExercise}>
        {t('lab.challenges.goToExercise')}
      </button>
    </li>
  );
}

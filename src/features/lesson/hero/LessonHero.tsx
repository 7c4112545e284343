import './hero.css';
import type { Lesson } from '../../../content/lesson/lesson-types';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { heroMessages } from './hero-messages';
import { HeroNetwork } from './HeroNetwork';
import { sectionWithWidget } from './widget-section';

/**
 * The lesson's first screen: its title, what it promises, the way to the exercise, and the
 * exercise's own network drawn small beside them.
 */
export function LessonHero({ lesson }: { lesson: Lesson }) {
  const t = useFeatureTranslation(heroMessages);
  const exercise = sectionWithWidget(lesson, 'backprop-widget');
  return (
    <div className="lesson-hero">
      <div className="lesson-hero-text">
        <h1 className="lesson-title">{lesson.title}</h1>
        <p className="lesson-hero-promise">{t('lesson.hero.promise')}</p>
        {exercise !== null && (
          <a className="lesson-hero-action" href={`#${exercise}`}>
            {t('lesson.hero.toExercise')}
          </a>
        )}
      </div>
      <HeroNetwork />
    </div>
  );
}

import { lazy } from 'react';
import { isLabId, LAB_IDS, labTitle } from '../labs/lab-registry';
import { ExerciseSlotContext } from '../features/exercise/face/exercise-slot';
import { labHref, LabPlacementContext } from '../labs/shared/LabFrame';
import { useLanguage, useTranslation } from '../ui/use-translation';
import { LabSection } from './lab-registry';

/** The exercise, fetched only when a section alone asks for it (the challenges draw it below). */
const LazyExerciseSection = lazy(() =>
  import('../features/exercise/ExerciseSection').then((module) => ({
    default: module.ExerciseSection,
  })),
);

/**
 * One lab section on its own (`?view=lab&id=…`), for a link or an iframe. An unknown id lists
 * the sections that exist instead of a blank page.
 */
export function LabPage({ id }: { id: string }) {
  const t = useTranslation();
  const language = useLanguage();
  if (!isLabId(id)) {
    return (
      <div className="lab-view" role="alert">
        <p>{id === '' ? t('lab.choose') : t('lab.unknown', { id })}</p>
        <ul>
          {LAB_IDS.map((known) => (
            <li key={known}>
              <a href={labHref(known, language)}>{labTitle(known, language)}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="lab-view">
      <LabPlacementContext value="standalone">
        <ExerciseSlotContext value={<LazyExerciseSection />}>
          <LabSection id={id} />
        </ExerciseSlotContext>
      </LabPlacementContext>
    </div>
  );
}

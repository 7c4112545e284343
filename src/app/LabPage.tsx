import { LabPlacementContext } from '../components/lab/LabFrame';
import { labHref } from '../components/lab/LabFrame';
import { isLabId, LAB_IDS } from '../content/lab/lab-sections';
import { useLanguage, useTranslation } from '../components/ui/use-translation';
import { LabSection } from './lab-registry';

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
              <a href={labHref(known, language)}>{known}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="lab-view">
      <LabPlacementContext value="standalone">
        <LabSection id={id} />
      </LabPlacementContext>
    </div>
  );
}

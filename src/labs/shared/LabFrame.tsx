import './lab.css';
import { createContext, useContext, useId, type ReactNode } from 'react';
import { useLanguage, useTranslation } from '../../ui/use-translation';
import { labElementId } from '../define-lab';

/** Where a lab section is drawn: inside the lesson (under a `##` heading) or alone in `?view=lab`. */
export type LabPlacement = 'lesson' | 'standalone';
export const LabPlacementContext = createContext<LabPlacement>('lesson');

interface LabFrameProps {
  id: string;
  title: string;
  /** One or two sentences: what to try here and what to look for. */
  intro: ReactNode;
  children: ReactNode;
}

/** The link that opens one lab section on its own page (and embeds it in an iframe). */
export function labHref(id: string, language: string): string {
  const params = new URLSearchParams({ view: 'lab', id, lang: language === 'en' ? 'en' : 'pt-BR' });
  return `?${params.toString()}`;
}

/**
 * The frame every lab section shares: a labelled region with a kicker, a title (h3 inside the
 * lesson, h1 alone), an intro, and inside the lesson a link to the section on its own.
 */
export function LabFrame({ id, title, intro, children }: LabFrameProps) {
  const t = useTranslation();
  const language = useLanguage();
  const placement = useContext(LabPlacementContext);
  const headingId = useId();
  const Heading = placement === 'standalone' ? 'h1' : 'h3';
  return (
    <section className="lab" id={labElementId(id)} aria-labelledby={headingId} data-lab={id}>
      <header className="lab-header">
        <p className="lab-kicker">{t('lab.kicker')}</p>
        <Heading id={headingId} className="lab-title">
          {title}
        </Heading>
        <div className="lab-intro">{intro}</div>
        {placement === 'lesson' && (
          <a className="lab-open" href={labHref(id, language)}>
            {t('lab.openAlone')}
          </a>
        )}
      </header>
      {children}
    </section>
  );
}

import './lab.css';
import { createContext, useContext, useId, type ReactNode } from 'react';
import { useFeatureTranslation, useLanguage, useTranslation } from '../../ui/use-translation';
import { labElementId } from '../define-lab';
import { labFrameMessages } from './lab-frame-messages';

/** Where a lab section is drawn: inside the lesson (under a `##` heading) or alone in `?view=lab`. */
export type LabPlacement = 'lesson' | 'standalone';
export const LabPlacementContext = createContext<LabPlacement>('lesson');

interface LabFrameProps {
  id: string;
  title: string;
  /** One line: what to try here and what to look for. */
  intro: ReactNode;
  /** The rest of the explanation, behind a "Saiba mais" / "More" disclosure. */
  more?: ReactNode;
  /** The top bar: the shared verbs (LabToolbar), then the section's own buttons. */
  toolbar?: ReactNode;
  /** The key settings, under the top bar. */
  settings?: ReactNode;
  /** The stage: the chart or graph, its read-outs and text alternatives. */
  children: ReactNode;
}

/** The link that opens one lab section on its own page (and embeds it in an iframe). */
export function labHref(id: string, language: string): string {
  const params = new URLSearchParams({ view: 'lab', id, lang: language === 'en' ? 'en' : 'pt-BR' });
  return `?${params.toString()}`;
}

/**
 * The frame every lab section shares, in one order: a kicker, a title (h3 inside the lesson, h1
 * alone), a one-line intro with the rest behind a disclosure, inside the lesson a link to the
 * section on its own; then the top bar, the key settings and the stage.
 */
export function LabFrame({ id, title, intro, more, toolbar, settings, children }: LabFrameProps) {
  const t = useTranslation();
  const frame = useFeatureTranslation(labFrameMessages);
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
        {more && (
          <details className="lab-more">
            <summary>{frame('lab.frame.more')}</summary>
            <div className="lab-more-body">{more}</div>
          </details>
        )}
        {placement === 'lesson' && (
          <a className="lab-open" href={labHref(id, language)}>
            {t('lab.openAlone')}
          </a>
        )}
      </header>
      {toolbar && (
        <div
          className="lab-toolbar"
          role="group"
          aria-label={frame('lab.frame.toolbar', { title })}
        >
          {toolbar}
        </div>
      )}
      {settings && (
        <div
          className="lab-settings"
          role="group"
          aria-label={frame('lab.frame.settings', { title })}
        >
          {settings}
        </div>
      )}
      <div className="lab-stage">{children}</div>
    </section>
  );
}

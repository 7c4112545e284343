import { useId, type ReactNode } from 'react';
import type { Inline } from '../../../content/lesson/lesson-types';
import { useTranslation } from '../../../ui/use-translation';
import { CALLOUT_KINDS, calloutKind } from './callout-kinds';
import { Inlines } from './Inlines';

interface CalloutProps {
  kind: string;
  title: Inline[] | null;
  collapsible: 'closed' | 'open' | null;
  children: ReactNode;
}

/**
 * An MkDocs callout: its kind in words with a glyph (never colour alone) and its title. `???`
 * becomes a closed <details>, `???+` an open one, `!!!` a note that is always shown.
 */
export function Callout({ kind, title, collapsible, children }: CalloutProps) {
  const t = useTranslation();
  const titleId = useId();
  const known = calloutKind(kind);
  const style = known ?? 'note';
  const label = known ? t(CALLOUT_KINDS[known].label) : kind;
  const heading = (
    <>
      <span className="callout-glyph" aria-hidden="true">
        {CALLOUT_KINDS[style].glyph}
      </span>
      <span className="callout-kind">{title ? `${label}:` : label}</span>
      {title && ' '}
      {title && (
        <span className="callout-title-text">
          <Inlines inlines={title} />
        </span>
      )}
    </>
  );
  const className = `callout callout-${style}`;
  if (collapsible) {
    return (
      <details className={className} open={collapsible === 'open'}>
        <summary className="callout-title">{heading}</summary>
        <div className="callout-body">{children}</div>
      </details>
    );
  }
  return (
    <div className={className} role="note" aria-labelledby={titleId}>
      <p id={titleId} className="callout-title">
        {heading}
      </p>
      <div className="callout-body">{children}</div>
    </div>
  );
}

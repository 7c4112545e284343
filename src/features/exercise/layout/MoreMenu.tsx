import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../ui/use-translation';

/**
 * "Mais": a button that shows a small panel of what is needed once in a while (the share link,
 * projector mode, the keyboard shortcuts), drawn over the page so opening it moves nothing.
 * Escape or a click outside closes it; the focus goes to the panel when it opens and back to the
 * button when Escape closes it.
 */
export function MoreMenu({ children }: { children: ReactNode }) {
  const t = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);
  return (
    <div
      ref={root}
      className="more-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open && !event.defaultPrevented) {
          event.preventDefault();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="exercise-topbar__icon">
          ⋯
        </span>
        {t('exercise.more')}
      </button>
      <div
        ref={panel}
        id={id}
        className="more-menu__panel"
        role="region"
        aria-label={t('exercise.moreTitle')}
        tabIndex={-1}
        hidden={!open}
      >
        {children}
      </div>
    </div>
  );
}

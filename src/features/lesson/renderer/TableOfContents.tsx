import { useId, useMemo, useState } from 'react';
import type { LessonSection } from '../../../content/lesson/lesson-types';
import { useTranslation } from '../../../ui/use-translation';
import { useReadingProgress } from './use-reading-progress';

/**
 * Every section as a link to its anchor, with the section in view marked aria-current and those
 * already read ticked. A sidebar on wide screens; on phones it folds behind a button.
 */
export function TableOfContents({ sections }: { sections: readonly LessonSection[] }) {
  const t = useTranslation();
  const titleId = useId();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const ids = useMemo(() => sections.map((section) => section.id), [sections]);
  const { current, read } = useReadingProgress(ids);

  return (
    <nav className="toc" aria-labelledby={titleId} data-open={open}>
      <div className="toc-header">
        <p id={titleId} className="toc-title">
          {t('lesson.contents')}
        </p>
        <button
          type="button"
          className="toc-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {t(open ? 'lesson.contents.hide' : 'lesson.contents.show')}
        </button>
      </div>
      <ol id={listId} className="toc-list">
        {sections.map((section) => {
          const isRead = read.includes(section.id);
          return (
            <li key={section.id} className={isRead ? 'toc-item toc-read' : 'toc-item'}>
              <a
                href={`#${section.id}`}
                aria-current={section.id === current ? 'location' : undefined}
                onClick={() => setOpen(false)}
              >
                {section.titleText}
                {isRead && (
                  <>
                    {' '}
                    <span className="toc-read-mark" aria-hidden="true">
                      ✓
                    </span>{' '}
                    <span className="visually-hidden">{t('lesson.contents.read')}</span>
                  </>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from '../../../ui/use-translation';

interface HeadingProps {
  depth: 1 | 2 | 3 | 4 | 5 | 6;
  /** The stable anchor from the lesson data (the same in every language). */
  id: string;
  /** The heading as plain text, for the anchor link's name. */
  title: string;
  children: ReactNode;
}

/** A heading with its anchor id and a "#" link to it, shown on hover and keyboard focus. */
export function Heading({ depth, id, title, children }: HeadingProps) {
  const t = useTranslation();
  const Tag = `h${depth}` as const;
  return (
    <div className={`heading heading-${depth}`}>
      <Tag id={id}>{children}</Tag>
      <a className="heading-anchor" href={`#${id}`} aria-label={t('lesson.anchor', { title })}>
        #
      </a>
    </div>
  );
}

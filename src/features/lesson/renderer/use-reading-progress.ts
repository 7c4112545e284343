import { useEffect, useState } from 'react';
import {
  nextReading,
  NOT_STARTED,
  type ReadingState,
  type SectionSighting,
} from './reading-progress';

/** The band of the viewport that counts as "being read": below the top fifth, above the middle. */
const READING_BAND = '-20% 0px -50% 0px';

/**
 * Follows the lesson's <section>s (found by their headings' ids) with an IntersectionObserver.
 * Without one (old browsers, jsdom) nothing is highlighted and the contents still work as links.
 */
export function useReadingProgress(ids: readonly string[]): ReadingState {
  const [state, setState] = useState<ReadingState>(NOT_STARTED);
  const key = ids.join('\n');

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined' || key === '') return;
    const order = key.split('\n');
    const idOf = new Map<Element, string>();
    for (const id of order) {
      const section = document.getElementById(id)?.closest('section');
      if (section) idOf.set(section, id);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        const sightings = entries.flatMap((entry): SectionSighting[] => {
          const id = idOf.get(entry.target);
          if (id === undefined) return [];
          const bandTop = entry.rootBounds?.top ?? 0;
          const passed = !entry.isIntersecting && entry.boundingClientRect.bottom <= bandTop;
          return [{ id, visible: entry.isIntersecting, passed }];
        });
        setState((previous) => nextReading(previous, order, sightings));
      },
      { rootMargin: READING_BAND },
    );
    for (const section of idOf.keys()) observer.observe(section);
    return () => observer.disconnect();
  }, [key]);

  return state;
}

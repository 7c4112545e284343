import { createElement, lazy, Suspense, useRef, type ComponentType } from 'react';
import { isLabId, LAB_IDS, type LabId } from '../content/lab/lab-sections';
import type { WidgetProps } from '../components/lesson/lesson-context';
import { useNearScreen } from './use-near-screen';

/**
 * Every section's code, one chunk each, found by path: src/components/lab/<id>/index.tsx with a
 * default export. Nothing is fetched until a section is drawn.
 */
const modules = import.meta.glob<{ default: ComponentType }>('../components/lab/*/index.tsx');

/** The loader of a section's module, or undefined when it has none. */
export function labModule(id: LabId): (() => Promise<{ default: ComponentType }>) | undefined {
  return modules[`../components/lab/${id}/index.tsx`];
}

/** One lazy component per section, made once at start-up (lazy() fetches nothing until drawn). */
const SECTIONS = new Map<LabId, ComponentType>(
  LAB_IDS.flatMap((id) => {
    const load = labModule(id);
    return load ? [[id, lazy(load)] as const] : [];
  }),
);

/** A lab section by id, its place held until its code arrives; nothing for an unknown id. */
export function LabSection({ id }: { id: LabId }) {
  const Section = SECTIONS.get(id);
  if (!Section) return null;
  return (
    <Suspense fallback={<div className="lab-placeholder" aria-hidden="true" />}>
      {/* a module-level lazy component picked by id: the same type on every render */}
      {createElement(Section)}
    </Suspense>
  );
}

/**
 * The lesson's `<div id="lab" data-lab="…"></div>` placeholder. A section's code is fetched and
 * its experiment computed only when the learner scrolls near it: nine sections' start-up work
 * would otherwise run during the page's first seconds.
 */
export function LabWidget({ attributes }: WidgetProps) {
  const id = attributes['data-lab'];
  const placeholder = useRef<HTMLDivElement>(null);
  const near = useNearScreen(placeholder);
  if (!isLabId(id)) return null;
  if (!near) return <div ref={placeholder} className="lab-placeholder" data-lab-pending={id} />;
  return <LabSection id={id} />;
}

import { createElement, lazy, Suspense, useRef, type ComponentType } from 'react';
import type { WidgetProps } from '../features/lesson/renderer/lesson-context';
import { isLabId, LABS } from '../labs/lab-registry';
import { useNearScreen } from './use-near-screen';

/**
 * One lazy component per section, made once at start-up from the manifests (lazy() fetches
 * nothing until drawn): each section's component, store and model arrive in a chunk of their own.
 */
const SECTIONS = new Map<string, ComponentType>(
  [...LABS].map(([id, manifest]) => [id, lazy(manifest.load)] as const),
);

/** A lab section by id, its place held until its code arrives; nothing for an unknown id. */
export function LabSection({ id }: { id: string }) {
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

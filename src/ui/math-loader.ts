import { useSyncExternalStore } from 'react';
import type { renderFormula } from './katex-formula';

type Renderer = typeof renderFormula;

let renderer: Renderer | null = null;
let loading: Promise<Renderer> | null = null;
const listeners = new Set<() => void>();

/**
 * Fetches KaTeX once; every formula on the page redraws when it arrives. A failed fetch is
 * forgotten, so the next call tries again (the formulas show their TeX meanwhile).
 */
export function preloadMath(): Promise<Renderer> {
  loading ??= import('./katex-formula').then(
    (module) => {
      renderer = module.renderFormula;
      for (const listener of listeners) listener();
      return renderer;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const currentRenderer = () => renderer;

/** KaTeX's renderer once loaded (the first call starts the fetch), null until then. */
export function useMathRenderer(): Renderer | null {
  const loaded = useSyncExternalStore(subscribe, currentRenderer, currentRenderer);
  if (!loaded) preloadMath().catch(() => undefined);
  return loaded;
}

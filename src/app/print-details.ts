import { useEffect } from 'react';

/**
 * Closed <details> print only their summary: opens them all before printing (collapsible callouts,
 * quiz hints) and closes again, after printing, the ones that were closed.
 */
export function openDetailsWhilePrinting(target: Window): () => void {
  let opened: HTMLDetailsElement[] = [];
  const beforePrint = () => {
    opened = Array.from(target.document.querySelectorAll('details:not([open])'));
    for (const details of opened) details.open = true;
  };
  const afterPrint = () => {
    for (const details of opened) details.open = false;
    opened = [];
  };
  target.addEventListener('beforeprint', beforePrint);
  target.addEventListener('afterprint', afterPrint);
  return () => {
    target.removeEventListener('beforeprint', beforePrint);
    target.removeEventListener('afterprint', afterPrint);
  };
}

/** The lesson page prints its collapsible parts open. */
export function usePrintDetails(): void {
  useEffect(() => openDetailsWhilePrinting(window), []);
}

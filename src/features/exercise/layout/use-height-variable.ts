import { useEffect, type RefObject } from 'react';

/**
 * Keeps the CSS variable `name` on `host` equal to `source`'s height in px (what a sticky bar
 * leaves for the rest of the screen depends on how its buttons wrapped, which CSS cannot read).
 */
export function useHeightVariable(
  source: RefObject<HTMLElement | null>,
  host: RefObject<HTMLElement | null>,
  name: string,
): void {
  useEffect(() => {
    const element = source.current;
    const target = host.current;
    if (!element || !target || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      target.style.setProperty(name, `${element.offsetHeight}px`);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [source, host, name]);
}

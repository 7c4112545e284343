import { useEffect, useRef, useState } from 'react';

/**
 * The observed element's content width in whole CSS px, 0 until it is measured (and where there is
 * no ResizeObserver): the diagram lays itself out for it, and picks its orientation from it.
 */
export function useContainerWidth<Element extends HTMLElement>() {
  const ref = useRef<Element>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

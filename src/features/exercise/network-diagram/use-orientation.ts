import { useEffect, useRef, useState } from 'react';
import type { Orientation } from './geometry';

/** Below this container width (CSS px) the network is drawn top to bottom, so phones keep legible text. */
export const VERTICAL_BELOW = 640;

export function orientationFor(width: number): Orientation {
  return width < VERTICAL_BELOW ? 'vertical' : 'horizontal';
}

/** The orientation that suits the observed element's width; horizontal until it is measured. */
export function useOrientation<Element extends HTMLElement>() {
  const ref = useRef<Element>(null);
  const [orientation, setOrientation] = useState<Orientation>('horizontal');
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0) setOrientation(orientationFor(width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, orientation] as const;
}

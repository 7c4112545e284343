import { vi } from 'vitest';

/** jsdom lays nothing out: a ResizeObserver that reports a 600×300 box, so recharts draws its svg. */
export function stubResizeObserver(width = 600, height = 300): void {
  class SizedResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const entry = { target, contentRect: { width, height } } as unknown as ResizeObserverEntry;
      this.callback([entry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', SizedResizeObserver);
}

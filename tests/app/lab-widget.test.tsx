import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LabWidget } from '../../src/app/lab-registry';
import { resetAppStore } from '../../src/store/store';

let reportIntersecting: ((visible: boolean) => void) | null = null;

beforeEach(() => {
  resetAppStore();
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(target: Element) {
        reportIntersecting = (visible) =>
          this.callback(
            [{ isIntersecting: visible, target } as IntersectionObserverEntry],
            this as unknown as IntersectionObserver,
          );
      }
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('a lab section in the lesson', { timeout: 20_000 }, () => {
  it('waits for the learner to scroll near it before loading and computing', async () => {
    const { container } = render(<LabWidget attributes={{ 'data-lab': 'gradient-check' }} />);
    expect(container.querySelector('[data-lab-pending="gradient-check"]')).not.toBeNull();
    act(() => reportIntersecting?.(false));
    expect(screen.queryByRole('region')).toBeNull();
    act(() => reportIntersecting?.(true));
    expect(
      await screen.findByRole('region', { name: 'Verificação do gradiente' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('draws nothing for a section that does not exist', () => {
    const { container } = render(<LabWidget attributes={{ 'data-lab': 'nope' }} />);
    expect(container).toBeEmptyDOMElement();
  });
});

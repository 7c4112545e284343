import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const TEX = String.raw`\frac{\partial L}{\partial w}`;

/** A fresh module graph in which KaTeX's chunk arrives only when `arrive` is called. */
async function mathWithDelayedKatex() {
  vi.resetModules();
  let arrive = () => {};
  const gate = new Promise<void>((resolve) => (arrive = resolve));
  vi.doMock('../../src/ui/katex-formula', async (importOriginal) => {
    await gate;
    return importOriginal();
  });
  const { Math } = await import('../../src/ui/Math');
  const loader = await import('../../src/ui/math-loader');
  return { Math, loader, arrive };
}

describe('Math before and after KaTeX arrives', () => {
  it('shows the TeX source at once, then the typeset formula with a plain-text label', async () => {
    const { Math, loader, arrive } = await mathWithDelayedKatex();
    const { container } = render(<Math tex={TEX} />);
    expect(screen.getByText(TEX)).toHaveClass('math-pending');
    expect(container.querySelector('[role=math]')).toBeNull();
    arrive();
    await act(() => loader.preloadMath());
    const formula = container.querySelector('.math-formula')!;
    expect(formula.querySelector('.katex')).not.toBeNull();
    expect(formula).toHaveAttribute('aria-label', expect.stringContaining('∂'));
    expect(container.querySelector('.math-pending')).toBeNull();
  });

  it('fetches KaTeX once for every formula', async () => {
    const { loader, arrive } = await mathWithDelayedKatex();
    const first = loader.preloadMath();
    expect(loader.preloadMath()).toBe(first);
    arrive();
    expect(typeof (await first)).toBe('function');
  });
});

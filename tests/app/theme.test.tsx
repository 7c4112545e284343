import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { openDetailsWhilePrinting } from '../../src/app/print-details';
import { resolveTheme } from '../../src/app/use-theme';
import { resetAppStore, useAppStore } from '../../src/store/store';

/** A stand-in for `matchMedia('(prefers-color-scheme: dark)')` whose answer a test can change. */
function mockSystemScheme(initiallyDark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: initiallyDark,
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal(
    'matchMedia',
    vi.fn((media: string) => (media === query.media ? query : { ...query, media, matches: false })),
  );
  return {
    setDark(dark: boolean) {
      query.matches = dark;
      act(() => listeners.forEach((listener) => listener()));
    },
    listenerCount: () => listeners.size,
  };
}

const theme = () => document.documentElement.dataset.theme;

beforeEach(() => {
  resetAppStore();
  delete document.documentElement.dataset.theme;
});
afterEach(() => vi.unstubAllGlobals());

describe('the theme', () => {
  it('resolves "system" by the system preference and keeps an explicit choice', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('follows the system by default, live, until a theme is chosen in the header', () => {
    const system = mockSystemScheme(true);
    render(<App />);
    expect(theme()).toBe('dark');
    system.setDark(false);
    expect(theme()).toBe('light');
    system.setDark(true);
    expect(theme()).toBe('dark');

    const select = screen.getByRole('combobox', { name: 'Tema' });
    expect(select).toHaveValue('system');
    expect(
      Array.from((select as HTMLSelectElement).options).map((option) => option.textContent),
    ).toEqual(['Sistema', 'Claro', 'Escuro']);
    fireEvent.change(select, { target: { value: 'light' } });
    expect(theme()).toBe('light');
    expect(useAppStore.getState().theme).toBe('light');
    // an explicit choice no longer follows the system
    system.setDark(false);
    system.setDark(true);
    expect(theme()).toBe('light');

    fireEvent.change(select, { target: { value: 'dark' } });
    expect(theme()).toBe('dark');
    fireEvent.change(select, { target: { value: 'system' } });
    expect(theme()).toBe('dark');
  });

  it('stops listening to the system when the page goes away', () => {
    const system = mockSystemScheme(false);
    const { unmount } = render(<App />);
    expect(system.listenerCount()).toBe(1);
    unmount();
    expect(system.listenerCount()).toBe(0);
  });

  it('is light where matchMedia does not exist', () => {
    vi.stubGlobal('matchMedia', undefined);
    render(<App />);
    expect(theme()).toBe('light');
  });

  it('is offered in English too, and also applies to the embeddable views', () => {
    mockSystemScheme(true);
    useAppStore.getState().setLanguage('en');
    const { unmount } = render(<App />);
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('System');
    unmount();
    delete document.documentElement.dataset.theme;
    render(<App link={{ view: 'lab', projector: false }} />);
    expect(theme()).toBe('dark');
  });
});

describe('printing', () => {
  it('opens every closed <details> before printing and closes them again afterwards', () => {
    document.body.innerHTML =
      '<details id="closed"><summary>a</summary>b</details>' +
      '<details id="open" open><summary>c</summary>d</details>';
    const stop = openDetailsWhilePrinting(window);
    const closed = document.getElementById('closed') as HTMLDetailsElement;
    const open = document.getElementById('open') as HTMLDetailsElement;
    window.dispatchEvent(new Event('beforeprint'));
    expect([closed.open, open.open]).toEqual([true, true]);
    window.dispatchEvent(new Event('afterprint'));
    expect([closed.open, open.open]).toEqual([false, true]);
    stop();
    window.dispatchEvent(new Event('beforeprint'));
    expect(closed.open).toBe(false);
    document.body.innerHTML = '';
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { resetAppStore, useAppStore } from '../../src/store/store';

beforeEach(() => resetAppStore());

describe('the page header', { timeout: 20_000 }, () => {
  it('holds the language switch, which keeps its name in the language it offers', async () => {
    const user = userEvent.setup();
    render(<App />);
    const banner = screen.getByRole('banner');
    const toEnglish = within(banner).getByRole('button', { name: 'Switch to English' });
    expect(toEnglish).toHaveAttribute('lang', 'en');
    await user.click(toEnglish);
    expect(useAppStore.getState().language).toBe('en');
    const toPortuguese = within(screen.getByRole('banner')).getByRole('button', {
      name: 'Mudar para português',
    });
    expect(toPortuguese).toHaveAttribute('lang', 'pt-BR');
    // one switch on the page, and the page's only banner is the header
    expect(
      screen.getAllByRole('button', { name: /Switch to English|Mudar para português/ }),
    ).toEqual([toPortuguese]);
    expect(screen.getAllByRole('banner')).toHaveLength(1);
  });
});

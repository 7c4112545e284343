import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { ExerciseSection } from '../../src/features/exercise/ExerciseSection';
import { resetAppStore, useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();
const SLOW = { timeout: 10_000 };

beforeEach(() => resetAppStore());
afterEach(() => window.history.replaceState(null, '', '/'));

describe('projector mode in the store', () => {
  it('blacks out only in projector mode, and leaving it lifts the blackout', () => {
    state().toggleBlackout();
    expect(state().blackout).toBe(false);
    state().setProjector(true);
    state().toggleBlackout();
    expect(state().blackout).toBe(true);
    state().setProjector(false);
    expect(state().blackout).toBe(false);
  });
});

describe('projector mode on screen', { timeout: 20_000 }, () => {
  it('is entered from the exercise and shows the exercise alone, marked on the page and URL', async () => {
    const user = userEvent.setup();
    render(<ExerciseSection />);
    await user.click(screen.getByRole('button', { name: 'Mais' }));
    await user.click(screen.getByRole('button', { name: 'Modo projetor' }));
    expect(state().projector).toBe(true);
    render(<App />);
    expect(
      await screen.findByRole('button', { name: 'Sair do modo projetor' }, SLOW),
    ).toBeInTheDocument();
    expect(document.documentElement.dataset.mode).toBe('projector');
    expect(new URLSearchParams(window.location.search).get('mode')).toBe('projector');
    expect(document.querySelector('.site-header')).toBeNull();
  });

  it('offers a new window where full screen is blocked, and blacks out on B until Esc', async () => {
    state().setProjector(true);
    render(<App />);
    await screen.findByRole('button', { name: 'Sair do modo projetor' }, SLOW);
    // jsdom, like a frame without allow="fullscreen", has no full screen
    const link = screen.getByRole('link', { name: /Abrir em nova janela/ });
    expect(new URL(link.getAttribute('href')!).searchParams.get('mode')).toBe('projector');
    fireEvent.keyDown(document.body, { key: 'b' });
    expect(state().blackout).toBe(true);
    expect(screen.getByText(/Tela escurecida/)).toBeInTheDocument();
    expect(document.querySelector('.projector-blackout')).not.toBeNull();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(state().blackout).toBe(false);
    expect(document.querySelector('.projector-blackout')).toBeNull();
  });

  it('never blacks out while typing in a field', async () => {
    state().setProjector(true);
    render(<App />);
    await screen.findByRole('button', { name: 'Sair do modo projetor' }, SLOW);
    await userEvent.click(await screen.findByRole('button', { name: 'Configurações' }, SLOW));
    const field = await screen.findByRole('textbox', { name: 'Limite de iterações' }, SLOW);
    fireEvent.keyDown(field, { key: 'b' });
    expect(state().blackout).toBe(false);
  });

  it('goes back to the lesson, taking mode=projector out of the URL', async () => {
    const user = userEvent.setup();
    state().setProjector(true);
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Sair do modo projetor' }, SLOW));
    expect(state().projector).toBe(false);
    expect(document.documentElement.dataset.mode).toBeUndefined();
    expect(new URLSearchParams(window.location.search).has('mode')).toBe(false);
    expect(document.querySelector('.site-header')).not.toBeNull();
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ExerciseSection } from '../../../../src/features/exercise/ExerciseSection';
import { ShareLink } from '../../../../src/features/exercise/controls/ShareLink';
import { parseLinkSettings } from '../../../../src/store/link-settings';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

const state = () => useAppStore.getState();
beforeEach(() => resetAppStore());

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('Copiar link', () => {
  it('copies a link that reopens the exercise as it is', async () => {
    const writeText = vi.fn(async (text: string) => void text);
    render(<ShareLink />);
    state().setActivation('relu');
    state().newSeed(77);
    state().setLearningRate(0.35);
    // userEvent installs its own clipboard on setup: stub ours after it
    const user = userEvent.setup();
    stubClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Copiar link' }));
    expect(await screen.findByText(/Link copiado/)).toBeInTheDocument();
    const link = new URL(writeText.mock.calls[0]![0]);
    const settings = parseLinkSettings(link.search);
    expect(settings).toMatchObject({ activation: 'relu', seed: 77, learningRate: 0.35 });
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    render(<ShareLink />);
    const user = userEvent.setup();
    stubClipboard(() => Promise.reject(new Error('denied')));
    await user.click(screen.getByRole('button', { name: 'Copiar link' }));
    expect(await screen.findByText(/copie o link abaixo/)).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Link deste exercício' });
    expect(parseLinkSettings(new URL((field as HTMLInputElement).value).search).seed).toBe(
      state().seed,
    );
  });
});

describe('controls a link shows', () => {
  it('shows only the controls the link names', () => {
    state().applyLink({ view: 'widget', projector: false, controls: ['steps'] });
    render(<ExerciseSection />);
    expect(screen.getByRole('button', { name: 'Próximo passo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nova semente' })).toBeNull();
    expect(screen.queryByRole('slider', { name: /Taxa de aprendizado/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copiar link' })).toBeNull();
  });
});

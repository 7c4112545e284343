import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbedDialog } from '../../src/app/EmbedDialog';
import { loadLesson } from '../../src/content/lesson/lessons';
import { lessonQuizzes } from '../../src/progress/lesson-quizzes';
import { parseLinkSettings } from '../../src/store/link-settings';
import { resetAppStore } from '../../src/store/store';

beforeAll(() => {
  // jsdom has <dialog> without its modal methods
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
beforeEach(() => resetAppStore());

/** The iframe a host page would build from the dialog's code. */
function frameFromCode(): HTMLIFrameElement {
  const code = screen.getByRole('textbox', { name: 'Código para colar (HTML)' });
  const template = document.createElement('template');
  template.innerHTML = (code as HTMLTextAreaElement).value;
  return template.content.firstElementChild as HTMLIFrameElement;
}

describe('Incorporar', { timeout: 20_000 }, () => {
  it('builds the iframe for the view, lab section and language chosen', async () => {
    const user = userEvent.setup();
    render(<EmbedDialog />);
    await user.click(screen.getByRole('button', { name: 'Incorporar' }));
    const dialog = screen.getByRole('dialog', { name: /Incorporar numa página/ });
    let frame = frameFromCode();
    expect(parseLinkSettings(new URL(frame.src).search).view).toBe('widget');
    expect(frame.getAttribute('allow')).toContain('fullscreen');

    await user.click(within(dialog).getByRole('radio', { name: 'Uma seção do laboratório' }));
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Seção do laboratório' }),
      'Corrida de otimizadores',
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Idioma' }), 'en');
    frame = frameFromCode();
    expect(parseLinkSettings(new URL(frame.src).search)).toMatchObject({
      view: 'lab',
      id: 'optimizer-race',
      language: 'en',
    });
    expect(frame.title).toBe('Backprop Lab: Corrida de otimizadores');
  });

  it('lists the lesson’s quizzes once it has loaded, and copies the code', async () => {
    const user = userEvent.setup();
    render(<EmbedDialog />);
    await user.click(screen.getByRole('button', { name: 'Incorporar' }));
    await user.click(screen.getByRole('radio', { name: 'Um questionário' }));
    const quizzes = lessonQuizzes(await loadLesson('pt-BR'));
    const select = screen.getByRole('combobox', { name: 'Questionário' });
    await vi.waitFor(() =>
      expect(within(select).getAllByRole('option')).toHaveLength(quizzes.length),
    );
    await user.selectOptions(select, quizzes[3]!.id);
    expect(parseLinkSettings(new URL(frameFromCode().src).search).id).toBe(quizzes[3]!.id);
    const writeText = vi.fn(async (text: string) => void text);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copiar código' }));
    expect(await screen.findByText('Código copiado.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(
      (screen.getByRole('textbox', { name: 'Código para colar (HTML)' }) as HTMLTextAreaElement)
        .value,
    );
  });

  it('names the page that receives scores only when it is a plain origin', async () => {
    const user = userEvent.setup();
    render(<EmbedDialog />);
    await user.click(screen.getByRole('button', { name: 'Incorporar' }));
    const field = screen.getByRole('textbox', { name: /Página que recebe a nota/ });
    await user.type(field, 'https://moodle.example.edu/course/7');
    expect(screen.getByText(/Escreva só a origem/)).toBeInTheDocument();
    expect(parseLinkSettings(new URL(frameFromCode().src).search).parentOrigin).toBeUndefined();
    await user.clear(field);
    await user.type(field, 'https://moodle.example.edu');
    expect(parseLinkSettings(new URL(frameFromCode().src).search).parentOrigin).toBe(
      'https://moodle.example.edu',
    );
  });
});

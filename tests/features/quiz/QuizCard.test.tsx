import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LessonView } from '../../../src/features/lesson/renderer/LessonView';
import { resetAppStore, useAppStore } from '../../../src/store/store';
import { quizLesson, whyBackwards } from '../../fixtures/lesson-fixture';

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

/** The quiz whose question (legend) matches `question`. */
const quiz = (question: RegExp) => screen.getByRole('group', { name: question });
const whyQuiz = () => quiz(/Por que o backpropagation/);
const activationQuiz = () => quiz(/Quais ativações saturam/);

/** The verdict word shown for the option labelled `label`, or null. */
function verdictOf(label: string | RegExp): string | null {
  const input = screen.getByLabelText(label);
  const id = input.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

describe('a single-answer quiz', () => {
  it('gives feedback on each option for a wrong answer, then for the right one', async () => {
    const user = userEvent.setup();
    render(<LessonView lesson={quizLesson} />);
    const form = whyQuiz().closest('form') as HTMLElement;
    const check = within(form).getByRole('button', { name: 'Verificar' });
    expect(check).toBeDisabled();
    expect(within(whyQuiz()).getAllByRole('radio')).toHaveLength(3);

    await user.click(screen.getByLabelText('Porque só conhecemos o erro na saída'));
    expect(check).toBeEnabled();
    await user.click(check);
    expect(verdictOf('Porque só conhecemos o erro na saída')).toBe('Incorreta');
    expect(verdictOf(/uma passada para trás/)).toBe('Faltou marcar');
    expect(verdictOf('Porque a ordem não importa')).toBeNull();
    expect(within(form).getByText(/Ainda não/)).toHaveFocus();
    expect(within(form).getByText('Explicação de why-backwards.')).toBeInTheDocument();
    expect(screen.getByLabelText('Porque a ordem não importa')).toBeDisabled();
    expect(useAppStore.getState().answers['why-backwards']).toEqual({
      kind: 'choice',
      chosen: [0],
      correct: false,
    });

    await user.click(within(form).getByRole('button', { name: 'Tentar de novo' }));
    expect(screen.getByLabelText('Porque só conhecemos o erro na saída')).not.toBeChecked();
    // focus goes to the first option on screen (the options are in this learner's order)
    expect(within(whyQuiz()).getAllByRole('radio')[0]).toHaveFocus();
    expect(verdictOf('Porque só conhecemos o erro na saída')).toBeNull();
    expect(within(form).queryByText('Explicação de why-backwards.')).toBeNull();

    await user.click(screen.getByLabelText(/uma passada para trás/));
    await user.click(within(form).getByRole('button', { name: 'Verificar' }));
    expect(verdictOf(/uma passada para trás/)).toBe('Correta');
    expect(verdictOf('Porque só conhecemos o erro na saída')).toBeNull();
    expect(within(form).getByText('Resposta certa!')).toBeInTheDocument();
    expect(useAppStore.getState().answers['why-backwards']).toEqual({
      kind: 'choice',
      chosen: [1],
      correct: true,
    });
  });

  it('works from the keyboard: Tab, arrows and Enter', async () => {
    const user = userEvent.setup();
    render(<LessonView lesson={quizLesson} />);
    // the options are in this learner's order: the arrow moves to the next one on screen
    const [first, second] = within(whyQuiz()).getAllByRole('radio') as HTMLInputElement[];
    first!.focus();
    await user.keyboard('{ArrowDown}');
    expect(second).toBeChecked();
    await user.tab();
    expect(
      within(whyQuiz().closest('form') as HTMLElement).getByRole('button', { name: 'Verificar' }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    const right = whyBackwards.options[Number(second!.value)]?.correct;
    expect(verdictOf(second!.labels?.[0]?.textContent ?? '')).toBe(right ? 'Correta' : 'Incorreta');
  });

  it('speaks English when the interface does', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setLanguage('en');
    render(<LessonView lesson={quizLesson} />);
    await user.click(screen.getByLabelText('Porque só conhecemos o erro na saída'));
    await user.click(screen.getAllByRole('button', { name: 'Check' })[0] as HTMLElement);
    expect(verdictOf('Porque só conhecemos o erro na saída')).toBe('Incorrect');
    expect(verdictOf(/uma passada para trás/)).toBe('Missed');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('a multiple-answer quiz', () => {
  it('is right only with exactly the correct options ticked', async () => {
    const user = userEvent.setup();
    render(<LessonView lesson={quizLesson} />);
    const form = activationQuiz().closest('form') as HTMLElement;
    expect(within(activationQuiz()).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(form).getByText(/Marque todas as opções corretas/)).toBeInTheDocument();
    const submit = async () => user.click(within(form).getByRole('button', { name: 'Verificar' }));
    const retry = async () =>
      user.click(within(form).getByRole('button', { name: 'Tentar de novo' }));

    // one right, one missing
    await user.click(screen.getByLabelText('Sigmoid'));
    await submit();
    expect(verdictOf('Sigmoid')).toBe('Correta');
    expect(verdictOf('Tanh')).toBe('Faltou marcar');
    expect(within(form).getByText(/Ainda não/)).toBeInTheDocument();

    // both right plus a wrong one
    await retry();
    await user.click(screen.getByLabelText('Sigmoid'));
    await user.click(screen.getByLabelText('Tanh'));
    await user.click(screen.getByLabelText('ReLU (para z > 0)'));
    await submit();
    expect(verdictOf('ReLU (para z > 0)')).toBe('Incorreta');
    expect(within(form).getByText(/Ainda não/)).toBeInTheDocument();

    // exactly the right ones (unticking one on the way)
    await retry();
    await user.click(screen.getByLabelText('Sigmoid'));
    await user.click(screen.getByLabelText('ReLU (para z > 0)'));
    await user.click(screen.getByLabelText('ReLU (para z > 0)'));
    await user.click(screen.getByLabelText('Tanh'));
    await submit();
    expect(verdictOf('Sigmoid')).toBe('Correta');
    expect(verdictOf('Tanh')).toBe('Correta');
    expect(verdictOf('ReLU (para z > 0)')).toBeNull();
    expect(within(form).getByText('Resposta certa!')).toBeInTheDocument();
  });
});

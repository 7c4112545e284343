import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonView } from '../../../src/features/lesson/renderer/LessonView';
import { StorageNotice } from '../../../src/features/quiz/StorageNotice';
import { PERSIST_NAME } from '../../../src/store/persistence';
import { resetAppStore, useAppStore } from '../../../src/store/store';
import { quizLesson } from '../../fixtures/lesson-fixture';

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

afterEach(() => window.history.replaceState(null, '', '/'));

const panel = () => screen.getByRole('region', { name: 'Seu progresso nas perguntas' });

/** The value beside the term `term` in the panel's totals. */
function total(term: string): string {
  const dt = within(panel()).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

/** The row of the by-section table for `section`. */
const row = (section: string) =>
  within(panel()).getByRole('rowheader', { name: section }).closest('tr') as HTMLElement;

async function answer(user: ReturnType<typeof userEvent.setup>, labels: (string | RegExp)[]) {
  for (const label of labels) await user.click(screen.getByLabelText(label));
  const form = screen.getByLabelText(labels[0] as string | RegExp).closest('form') as HTMLElement;
  await user.click(within(form).getByRole('button', { name: 'Verificar' }));
}

describe('the progress panel', () => {
  it('counts answered and correct questions, overall and by section', async () => {
    const user = userEvent.setup();
    render(<LessonView lesson={quizLesson} />);
    expect(total('Respondidas')).toBe('0 de 2');
    expect(total('Corretas')).toBe('0 de 2');
    expect(total('Acertos')).toBe('0% das perguntas');

    await answer(user, [/uma passada para trás/]);
    expect(total('Respondidas')).toBe('1 de 2');
    expect(total('Corretas')).toBe('1 de 2');
    expect(total('Acertos')).toBe('50% das perguntas');
    expect(
      within(row('O Backpropagation'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1 de 1', '1 de 1']);

    await answer(user, ['Sigmoid']);
    expect(total('Respondidas')).toBe('2 de 2');
    expect(total('Corretas')).toBe('1 de 2');
    expect(
      within(row('Funções de ativação'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1 de 1', '0 de 1']);
    expect(within(panel()).getByRole('progressbar')).toHaveAttribute('value', '1');
  });

  it('resets progress only after confirming', async () => {
    const user = userEvent.setup();
    render(<LessonView lesson={quizLesson} />);
    await answer(user, [/uma passada para trás/]);

    await user.click(within(panel()).getByRole('button', { name: 'Zerar progresso' }));
    const confirm = within(panel()).getByRole('group', { name: /Apagar todas as respostas/ });
    expect(within(confirm).getByRole('button', { name: 'Cancelar' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancelar' }));
    expect(total('Respondidas')).toBe('1 de 2');
    expect(within(panel()).getByRole('button', { name: 'Zerar progresso' })).toHaveFocus();

    await user.click(within(panel()).getByRole('button', { name: 'Zerar progresso' }));
    await user.click(within(panel()).getByRole('button', { name: 'Sim, zerar' }));
    expect(total('Respondidas')).toBe('0 de 2');
    expect(within(panel()).getByRole('status')).toHaveTextContent('Progresso zerado.');
    expect(screen.getByLabelText(/uma passada para trás/)).not.toBeChecked();
    expect(screen.queryByText('Resposta certa!')).toBeNull();
  });

  it('is also offered by the quiz intro', async () => {
    const user = userEvent.setup();
    render(<LessonView lesson={quizLesson} />);
    await answer(user, ['Sigmoid', 'Tanh']);
    const intro = screen.getByRole('note', { name: 'Sobre as perguntas' });
    await user.click(within(intro).getByRole('button', { name: 'Zerar progresso' }));
    await user.click(within(intro).getByRole('button', { name: 'Sim, zerar' }));
    expect(useAppStore.getState().answers).toEqual({});
  });
});

describe('saved progress', () => {
  it('comes back after a reload', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<LessonView lesson={quizLesson} />);
    await answer(user, [/uma passada para trás/]);
    await answer(user, ['Sigmoid']);
    const saved = localStorage.getItem(PERSIST_NAME) as string;
    unmount();
    resetAppStore();
    localStorage.setItem(PERSIST_NAME, saved);
    await useAppStore.persist.rehydrate();

    render(<LessonView lesson={quizLesson} />);
    expect(screen.getByLabelText(/uma passada para trás/)).toBeChecked();
    expect(screen.getByText('Resposta certa!')).toBeInTheDocument();
    expect(screen.getByLabelText('Sigmoid')).toBeChecked();
    expect(screen.getAllByText('Faltou marcar')).toHaveLength(1); // Tanh
    expect(total('Respondidas')).toBe('2 de 2');
    expect(total('Corretas')).toBe('1 de 2');
  });

  it('survives corrupt JSON: the page renders, progress is reset, one notice is shown', async () => {
    const user = userEvent.setup();
    localStorage.setItem(PERSIST_NAME, '{not json');
    vi.resetModules();
    const { LessonView: FreshLesson } =
      await import('../../../src/features/lesson/renderer/LessonView');
    const { StorageNotice: FreshNotice } = await import('../../../src/features/quiz/StorageNotice');
    render(
      <>
        <FreshNotice />
        <FreshLesson lesson={quizLesson} />
      </>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Backpropagation' })).toBeInTheDocument();
    expect(total('Respondidas')).toBe('0 de 2');
    expect(screen.getAllByText(/estava ilegível e foi zerado/)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Entendi' }));
    expect(screen.queryByText(/estava ilegível/)).toBeNull();
  });

  it('works when storage throws', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('sandboxed', 'SecurityError');
    });
    vi.resetModules();
    const { LessonView: FreshLesson } =
      await import('../../../src/features/lesson/renderer/LessonView');
    const { StorageNotice: FreshNotice } = await import('../../../src/features/quiz/StorageNotice');
    render(
      <>
        <FreshNotice />
        <FreshLesson lesson={quizLesson} />
      </>,
    );
    expect(screen.getByText(/não deixa a página salvar dados/)).toBeInTheDocument();
    await answer(user, [/uma passada para trás/]);
    expect(screen.getByText('Resposta certa!')).toBeInTheDocument();
    expect(total('Corretas')).toBe('1 de 2');
  });

  it('starts in English with ?lang=en', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    vi.resetModules();
    const { LessonView: FreshLesson } =
      await import('../../../src/features/lesson/renderer/LessonView');
    render(<FreshLesson lesson={quizLesson} />);
    expect(
      screen.getByRole('region', { name: 'Your progress on the questions' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Check' })).toHaveLength(2);
  });
});

describe('the storage notice', () => {
  it('shows nothing when storage is fine', () => {
    render(<StorageNotice />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('speaks English', () => {
    useAppStore.setState({ language: 'en', storageNotice: 'partlyUnreadable' });
    render(<StorageNotice />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Part of the progress saved in this browser',
    );
    expect(screen.getByRole('button', { name: 'Got it' })).toBeInTheDocument();
  });
});

describe('the challenges in the progress panel', () => {
  it('counts the challenges met beside the quizzes', () => {
    render(<LessonView lesson={quizLesson} />);
    expect(total('Desafios cumpridos')).toMatch(/^0 de 3/);
    act(() => useAppStore.setState({ challengesCompleted: { xor: { iteration: 480 } } }));
    expect(total('Desafios cumpridos')).toMatch(/^1 de 3/);
    // the third challenge counts only with both of its η
    act(() =>
      useAppStore.setState({ challengesCompleted: { xor: { iteration: 480 }, divergingRate: 50 } }),
    );
    expect(total('Desafios cumpridos')).toMatch(/^1 de 3/);
    expect(total('Respondidas')).toBe('0 de 2');
  });

  it('"Zerar progresso" clears the challenges too, and says so before', async () => {
    const user = userEvent.setup();
    useAppStore.setState({ challengesCompleted: { reluFast: { iteration: 82 } } });
    render(<LessonView lesson={quizLesson} />);
    expect(total('Desafios cumpridos')).toMatch(/^1 de 3/);
    await user.click(within(panel()).getByRole('button', { name: 'Zerar progresso' }));
    const confirm = within(panel()).getByRole('group', { name: /Apagar todas as respostas/ });
    expect(confirm).toHaveAccessibleDescription('Os desafios cumpridos também serão apagados.');
    await user.click(within(confirm).getByRole('button', { name: 'Sim, zerar' }));
    expect(total('Desafios cumpridos')).toMatch(/^0 de 3/);
    expect(useAppStore.getState().challengesCompleted).toEqual({});
  });

  it('links to where the challenges are taken only when the page says where that is', () => {
    const { unmount } = render(<LessonView lesson={quizLesson} />);
    expect(within(panel()).queryByRole('link', { name: /desafios/i })).toBeNull();
    unmount();
    render(<LessonView lesson={quizLesson} links={{ challenges: '#where-challenges-are' }} />);
    const link = within(panel()).getByRole('link', { name: 'Ver os desafios' });
    expect(link).toHaveAttribute('href', '#where-challenges-are');
  });
});

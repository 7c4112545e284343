import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LessonView } from '../../../src/features/lesson/renderer/LessonView';
import { resetAppStore, useAppStore } from '../../../src/store/store';
import { choose, quizLesson, saturating, whyBackwards } from '../../fixtures/lesson-fixture';

const inLms = (review = false) =>
  useAppStore.setState({ progressHome: { kind: 'lms', name: 'Moodle', review } });
const submit = () => screen.queryByRole('button', { name: 'Concluir e enviar nota' });

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

describe('"Concluir e enviar nota"', () => {
  it('is not offered in a browser, nor in review mode', () => {
    const { unmount } = render(<LessonView lesson={quizLesson} />);
    expect(submit()).toBeNull();
    unmount();
    inLms(true);
    render(<LessonView lesson={quizLesson} />);
    expect(submit()).toBeNull();
  });

  it('lists what is unanswered, and submits only once confirmed', async () => {
    const user = userEvent.setup();
    inLms();
    choose(whyBackwards, 1);
    render(<LessonView lesson={quizLesson} />);
    await user.click(submit()!);
    const confirm = screen.getByRole('group', { name: /Enviar a nota a Moodle agora/ });
    expect(confirm).toHaveTextContent('Sem resposta (1), contam como erradas:');
    expect(within(confirm).getByRole('link', { name: 'Funções de ativação' })).toHaveAttribute(
      'href',
      '#funcoes-de-ativacao',
    );
    expect(confirm).toHaveTextContent(/Moodle pode abrir as próximas visitas em modo de revisão/);
    expect(screen.getByRole('button', { name: 'Cancelar' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(useAppStore.getState().submitted).toBe(false);
    expect(submit()).toHaveFocus();

    await user.click(submit()!);
    await user.click(screen.getByRole('button', { name: 'Sim, enviar a nota' }));
    expect(useAppStore.getState().submitted).toBe(true);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Nota enviada a Moodle.');
    expect(submit()).toBeNull();
  });

  it('says the grade is already sent once every question is answered', () => {
    inLms();
    choose(whyBackwards, 0);
    choose(saturating, 0, 1);
    render(<LessonView lesson={quizLesson} />);
    expect(submit()).toBeNull();
    expect(
      screen.getByText('Todas as perguntas têm resposta: a nota já foi enviada a Moodle.'),
    ).toBeVisible();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonView } from '../../../src/features/lesson/renderer/LessonView';
import { resetAppStore } from '../../../src/store/store';
import { quizLesson } from '../../fixtures/lesson-fixture';

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

const whyQuiz = () => screen.getByRole('group', { name: /Por que o backpropagation/ });

// a sandboxed frame without allow-forms blocks every form submission: checking must not need one
describe('checking a quiz without submitting its form', () => {
  it.each([
    ['a click on "Verificar"', 'click'],
    ['Enter in an option', 'enter'],
  ])('works with %s, and no submit event is fired', async (_name, how) => {
    const user = userEvent.setup();
    render(<LessonView lesson={quizLesson} />);
    const form = whyQuiz().closest('form') as HTMLFormElement;
    const submitted = vi.fn();
    form.addEventListener('submit', submitted);
    await user.click(screen.getByLabelText(/uma passada para trás/));
    if (how === 'click') await user.click(within(form).getByRole('button', { name: 'Verificar' }));
    else await user.keyboard('{Enter}');
    expect(within(form).getByText('Resposta certa!')).toBeInTheDocument();
    expect(submitted).not.toHaveBeenCalled();
  });

  it('names each quiz by its question through aria-labelledby, not a <legend>', () => {
    render(<LessonView lesson={quizLesson} />);
    expect(whyQuiz().querySelector('legend')).toBeNull();
    expect(whyQuiz()).toHaveAttribute('aria-labelledby');
  });
});

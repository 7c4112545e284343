import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { QuizView } from '../../../../src/features/lesson/renderer/QuizView';
import { resetAppStore } from '../../../../src/store/store';
import { quizLesson } from '../../../fixtures/lesson-fixture';

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

describe('one quiz on its own (view=quiz)', () => {
  it('opens the quiz its written id names', () => {
    render(<QuizView lesson={quizLesson} id="vanishing-claims" />);
    expect(screen.getByRole('group', { name: /Quais ativações saturam/ })).toBeVisible();
  });

  it('still opens the same question from a link made with release 1’s positional id', () => {
    // q-3-1 was "why backprop goes backwards" in release 1
    render(<QuizView lesson={quizLesson} id="q-3-1" />);
    expect(screen.getByRole('group', { name: /Por que o backpropagation/ })).toBeVisible();
  });

  it('lists the quizzes that exist for an unknown id', () => {
    render(<QuizView lesson={quizLesson} id="no-such-quiz" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Não há questionário “no-such-quiz”');
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'why-backwards',
      'vanishing-claims',
    ]);
  });
});

import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import type { ChoiceQuiz } from '../../src/content/lesson/lesson-types';
import { loadLesson } from '../../src/content/lesson/lessons';
import { lessonQuizzes } from '../../src/progress/lesson-quizzes';
import { resetAppStore } from '../../src/store/store';

beforeEach(() => resetAppStore());

describe('the views a link can ask for', { timeout: 20_000 }, () => {
  it('shows the lesson with its header and footer by default', () => {
    render(<App />);
    expect(screen.getByRole('banner')).toHaveTextContent('Backprop Lab');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('shows the exercise alone, without page chrome, for view=widget', async () => {
    render(<App link={{ view: 'widget', projector: false }} />);
    expect(
      // the exercise's code is a lazy chunk: importing it can take a while on a busy machine
      await screen.findByRole(
        'heading',
        { name: 'Backpropagation – Passo a Passo' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('.site-header, .site-footer')).toBeNull();
  });

  it('lists the lab sections when a lab link names none', () => {
    render(<App link={{ view: 'lab', projector: false }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Escolha uma seção do laboratório');
    expect(document.querySelector('.site-header')).toBeNull();
  });

  it('shows one quiz of the lesson for view=quiz, answerable and saved with the lesson’s', async () => {
    const choices = lessonQuizzes(await loadLesson('pt-BR')).filter(
      (candidate): candidate is ChoiceQuiz => candidate.kind === 'choice',
    );
    const quiz = choices[2]!;
    render(<App link={{ view: 'quiz', id: quiz.id, projector: false }} />);
    const check = await screen.findByRole('button', { name: 'Verificar' }, { timeout: 10_000 });
    expect(screen.getAllByRole('button', { name: 'Verificar' })).toHaveLength(1);
    expect(screen.getAllByRole(quiz.multiple ? 'checkbox' : 'radio')).toHaveLength(
      quiz.options.length,
    );
    expect(check).toBeInTheDocument();
    expect(document.querySelector('.site-header')).toBeNull();
  });

  it('lists the quizzes when the id names none', async () => {
    render(<App link={{ view: 'quiz', id: 'q-99-9', projector: false }} />);
    const alert = await screen.findByRole('alert', undefined, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Não há questionário “q-99-9”');
    const quizzes = lessonQuizzes(await loadLesson('pt-BR'));
    expect(screen.getAllByRole('link')).toHaveLength(quizzes.length);
  });
});

import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LessonView } from '../../../src/features/lesson/renderer/LessonView';
import { resetAppStore, useAppStore } from '../../../src/store/store';
import { quizLesson } from '../../fixtures/lesson-fixture';

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

const intro = () => screen.getByRole('note', { name: 'Sobre as perguntas' });
const resetButtons = () => screen.queryAllByRole('button', { name: 'Zerar progresso' });

describe('where the answers are kept, as the quiz intro says it', () => {
  it('in this browser, with a way to start over', () => {
    render(<LessonView lesson={quizLesson} />);
    expect(intro()).toHaveTextContent('ficam salvas só neste navegador');
    expect(resetButtons().length).toBeGreaterThan(0);
  });

  it('in memory only, when the browser refuses storage', () => {
    act(() => useAppStore.setState({ progressHome: { kind: 'memory' } }));
    render(<LessonView lesson={quizLesson} />);
    expect(intro()).toHaveTextContent('ficam só na memória desta aba');
    expect(intro()).not.toHaveTextContent('ficam salvas só neste navegador');
  });

  it('in the LMS, named when known, and with no "Zerar progresso" anywhere', () => {
    act(() =>
      useAppStore.setState({ progressHome: { kind: 'lms', name: 'Moodle', review: false } }),
    );
    render(<LessonView lesson={quizLesson} />);
    expect(intro()).toHaveTextContent('Suas respostas são enviadas a Moodle');
    expect(intro()).toHaveTextContent('nada fica salvo neste navegador');
    expect(intro()).not.toHaveTextContent('nada é enviado a um servidor');
    expect(resetButtons()).toEqual([]);
  });

  it('in review, where nothing more is recorded, in both languages', () => {
    act(() => useAppStore.setState({ progressHome: { kind: 'lms', name: null, review: true } }));
    const { unmount } = render(<LessonView lesson={quizLesson} />);
    expect(intro()).toHaveTextContent(
      'Revisão: o seu ambiente de aprendizagem (LMS) já registrou esta tentativa',
    );
    expect(intro()).toHaveTextContent('nada do que fizer agora é enviado nem muda a sua nota');
    unmount();
    act(() => useAppStore.getState().setLanguage('en'));
    render(<LessonView lesson={quizLesson} />);
    expect(screen.getByRole('note', { name: 'About the questions' })).toHaveTextContent(
      'Review: your learning platform (LMS) has already recorded this attempt',
    );
    expect(screen.queryAllByRole('button', { name: 'Reset progress' })).toEqual([]);
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Lesson } from '../../../src/content/lesson/lesson-types';
import { LessonView } from '../../../src/features/lesson/renderer/LessonView';
import { optionOrder } from '../../../src/progress/option-order';
import { resetAppStore, useAppStore } from '../../../src/store/store';
import { multipleQuiz, singleQuiz, text } from '../../fixtures/lesson-fixture';

const OPTIONS = ['Passo direto', 'Perda', 'Passo de volta', 'Atualização'];
/** The key is the third option in the lesson file. */
const KEY = 2;
const phases = singleQuiz('first-phase-after-loss', 'Qual fase vem depois da perda?', OPTIONS, KEY);
const claims = multipleQuiz('true-claims', 'Quais são verdadeiras?', OPTIONS, [0, 3]);
const attempt = 'attempt0001';

const lesson: Lesson = {
  title: 'Backpropagation',
  preamble: [],
  sections: [
    {
      id: 'fases',
      title: [text('Fases')],
      titleText: 'Fases',
      blocks: [
        { type: 'quiz', quiz: phases },
        { type: 'quiz', quiz: claims },
      ],
    },
  ],
};

/** A learner for whom `quiz`'s option `index` is shown somewhere else than its place in the file. */
function learnerMoving(quizId: string, index: number): { learner: string; order: number[] } {
  for (let n = 0; ; n++) {
    const learner = `learner-${n}`;
    const order = optionOrder(OPTIONS.length, { learner, attempt }, quizId);
    if (order.indexOf(index) !== index) return { learner, order };
  }
}

const group = (name: RegExp) => screen.getByRole('group', { name });

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

describe('shuffled options', () => {
  it('shows the learner’s order, and scores a click on the key where it is shown as correct', async () => {
    const user = userEvent.setup();
    const { learner, order } = learnerMoving(phases.id, KEY);
    useAppStore.setState({ learnerId: learner, attempt });
    render(<LessonView lesson={lesson} />);
    const quiz = group(/Qual fase vem depois da perda/);
    const radios = within(quiz).getAllByRole('radio');
    order.forEach((index, position) => {
      expect(radios[position]).toHaveAccessibleName(OPTIONS[index]!);
    });

    // the option shown where the key sits in the file is another one, and it is wrong
    const form = quiz.closest('form') as HTMLElement;
    await user.click(radios[KEY]!);
    await user.click(within(form).getByRole('button', { name: 'Verificar' }));
    expect(within(form).getByText(/Ainda não/)).toBeInTheDocument();
    expect(useAppStore.getState().answers[phases.id]).toEqual({
      kind: 'choice',
      chosen: [order[KEY]],
      correct: false,
    });

    // the key, at its shuffled place, is right
    await user.click(within(form).getByRole('button', { name: 'Tentar de novo' }));
    const key = within(quiz).getByLabelText(OPTIONS[KEY]!);
    expect(within(quiz).getAllByRole('radio').indexOf(key)).toBe(order.indexOf(KEY));
    await user.click(key);
    await user.click(within(form).getByRole('button', { name: 'Verificar' }));
    expect(within(form).getByText('Resposta certa!')).toBeInTheDocument();
    expect(document.getElementById(key.getAttribute('aria-describedby') ?? '')).toHaveTextContent(
      'Correta',
    );
    expect(useAppStore.getState().answers[phases.id]).toEqual({
      kind: 'choice',
      chosen: [KEY],
      correct: true,
    });
  });

  it('shows the same order, with the answer on the same option, when drawn again', async () => {
    const user = userEvent.setup();
    const { learner, order } = learnerMoving(phases.id, KEY);
    useAppStore.setState({ learnerId: learner, attempt });
    const first = render(<LessonView lesson={lesson} />);
    await user.click(within(group(/Qual fase/)).getByLabelText(OPTIONS[KEY]!));
    await user.click(
      within(group(/Qual fase/).closest('form') as HTMLElement).getByRole('button', {
        name: 'Verificar',
      }),
    );
    first.unmount();
    render(<LessonView lesson={lesson} />);
    const radios = within(group(/Qual fase/)).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(order.map(String));
    expect(radios[order.indexOf(KEY)]).toBeChecked();
  });

  it('scores ticked checkboxes by option, wherever they are shown', async () => {
    const user = userEvent.setup();
    const { learner, order } = learnerMoving(claims.id, 0);
    useAppStore.setState({ learnerId: learner, attempt });
    render(<LessonView lesson={lesson} />);
    const quiz = group(/Quais são verdadeiras/);
    const boxes = within(quiz).getAllByRole('checkbox');
    order.forEach((index, position) => {
      expect(boxes[position]).toHaveAccessibleName(OPTIONS[index]!);
    });
    await user.click(within(quiz).getByLabelText(OPTIONS[3]!));
    await user.click(within(quiz).getByLabelText(OPTIONS[0]!));
    await user.click(
      within(quiz.closest('form') as HTMLElement).getByRole('button', { name: 'Verificar' }),
    );
    expect(useAppStore.getState().answers[claims.id]).toEqual({
      kind: 'choice',
      chosen: [0, 3],
      correct: true,
    });
  });
});

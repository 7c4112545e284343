import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LessonView } from '../../../src/features/lesson/renderer/LessonView';
import type { Lesson } from '../../../src/content/lesson/lesson-types';
import { resetAppStore, useAppStore } from '../../../src/store/store';
import { numericQuiz, text } from '../../fixtures/lesson-fixture';

const slope = numericQuiz('slope', 'Quanto vale σ′(0)?', 0.25, { type: 'absolute', amount: 0.001 });
const lesson: Lesson = {
  title: 'T',
  preamble: [],
  sections: [
    { id: 's', title: [text('S')], titleText: 'S', blocks: [{ type: 'quiz', quiz: slope }] },
  ],
};

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

const field = () => screen.getByRole('textbox', { name: 'Sua resposta' });
const check = () => screen.getByRole('button', { name: 'Verificar' });

describe('a numeric quiz', () => {
  it('takes a decimal comma, says it is right, shows the value expected, and saves it', async () => {
    const user = userEvent.setup();
    render(<LessonView lesson={lesson} />);
    expect(check()).toBeDisabled();
    await user.type(field(), '0,2504');
    await user.click(check());
    expect(screen.getByText('Resposta certa!')).toHaveFocus();
    expect(
      screen.getByText(/Valor esperado: 0,25 \(aceita-se uma diferença de até 0,001\)/),
    ).toBeVisible();
    expect(field()).toHaveValue('0,2504');
    expect(field()).toHaveAttribute('readonly');
    expect(useAppStore.getState().answers.slope).toEqual({
      kind: 'numeric',
      value: 0.2504,
      correct: true,
    });
  });

  it('takes a decimal point too, and a wrong number is wrong', async () => {
    const user = userEvent.setup();
    render(<LessonView lesson={lesson} />);
    await user.type(field(), '0.3');
    await user.click(check());
    expect(screen.getByText(/Ainda não: compare com o valor esperado/)).toHaveFocus();
    expect(useAppStore.getState().answers.slope).toMatchObject({ value: 0.3, correct: false });
  });

  it('refuses text that is not a number with a message tied to the field, and records nothing', async () => {
    const user = userEvent.setup();
    render(<LessonView lesson={lesson} />);
    await user.type(field(), 'um quarto');
    await user.click(check());
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      '“um quarto” não é um número. Escreva, por exemplo, 0,25 ou 0.25.',
    );
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field().getAttribute('aria-describedby')).toContain(alert.id);
    expect(field()).toHaveFocus();
    expect(useAppStore.getState().answers).toEqual({});
    // typing again clears the message
    await user.type(field(), '{Backspace}');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"Tentar de novo" empties the field and focuses it', async () => {
    const user = userEvent.setup();
    render(<LessonView lesson={lesson} />);
    await user.type(field(), '0,25{Enter}');
    expect(useAppStore.getState().answers.slope?.correct).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Tentar de novo' }));
    expect(field()).toHaveValue('');
    expect(field()).toHaveFocus();
  });

  it('speaks English, with the unit beside the field', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setLanguage('en');
    const timed: Lesson = {
      ...lesson,
      sections: [
        {
          ...lesson.sections[0]!,
          blocks: [
            {
              type: 'quiz',
              quiz: {
                ...slope,
                value: 12,
                unit: 's',
                tolerance: { type: 'relative', amount: 0.05 },
              },
            },
          ],
        },
      ],
    };
    render(<LessonView lesson={timed} />);
    const form = screen
      .getByRole('textbox', { name: 'Your answer' })
      .closest('form') as HTMLElement;
    expect(within(form).getByText('s')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), '12.5');
    await user.click(within(form).getByRole('button', { name: 'Check' }));
    expect(
      within(form).getByText(/Expected value: 12 s \(a difference of up to 5% is accepted\)/),
    ).toBeVisible();
    expect(within(form).getByText('Right answer!')).toBeVisible();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExerciseSection } from '../../../../src/features/exercise/ExerciseSection';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

const state = () => useAppStore.getState();

beforeEach(() => resetAppStore());

async function stepTimes(count: number, name = 'Próximo passo') {
  const next = screen.getByRole('button', { name });
  for (let step = 0; step < count; step++) {
    expect(next).toBeEnabled();
    await userEvent.click(next);
  }
}

describe('predict before you click', () => {
  it('asks whether v₁ goes up or down, records the answer, and shows the result after the step', async () => {
    render(<ExerciseSection />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cálculo à mão' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Preveja antes de clicar' }));
    await stepTimes(5); // to the hidden layer's backward phase
    expect(state().session.phase).toEqual({ kind: 'backward', layer: 0 });
    const question = screen.getByRole('group', { name: /v₁ subir, descer ou ficar igual/ });
    expect(question).toBeInTheDocument();
    const before = state().session.parameters[1]!.weights[0]![0]!;
    await userEvent.click(screen.getByRole('radio', { name: 'Descer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Responder' }));
    expect(screen.getByText(/Resposta registrada: Descer/)).toHaveFocus();
    await stepTimes(1); // the update
    const after = state().session.updatedParameters![1]!.weights[0]![0]!;
    const wentDown = after < before;
    expect(
      screen.getByText(
        wentDown ? 'Você acertou: Descer.' : /Não foi desta vez: você respondeu Descer/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/v₁ foi de/)).toBeInTheDocument();
    expect(state().liveAnswers['exercise-predict-weight-direction']).toMatchObject({ chosen: 1 });
  });

  it('asks whether ∂L/∂a₁ uses the old v₁, and can be set aside without blocking the step', async () => {
    render(<ExerciseSection />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Preveja antes de clicar' }));
    await stepTimes(4); // the output's backward phase
    expect(screen.getByRole('group', { name: /v₁ antigo ou o novo/ })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: /v₁ antigo ou o novo/ });
    await userEvent.click(within(form).getByRole('button', { name: 'Agora não' }));
    expect(screen.queryByRole('group', { name: /v₁ antigo ou o novo/ })).toBeNull();
    // focus stays in the panel, on its toggle, instead of falling back to the page's start
    expect(screen.getByRole('checkbox', { name: 'Preveja antes de clicar' })).toHaveFocus();
    expect(state().liveAnswers).toEqual({});
    await stepTimes(1);
    expect(state().session.phase).toEqual({ kind: 'backward', layer: 0 });
  });

  it('asks which gradient is exactly 0 at every loss phase, and scores it', async () => {
    render(<ExerciseSection />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Preveja antes de clicar' }));
    await stepTimes(3); // the loss, with the seed's weights (sigmoid): nothing is 0
    const question = screen.getByRole('group', { name: /exatamente 0/ });
    await userEvent.click(within(question).getByRole('radio', { name: /^Nenhum/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Responder' }));
    await stepTimes(1);
    expect(screen.getByText(/^Você acertou: Nenhum/)).toBeInTheDocument();
    expect(screen.getByText(/nenhum gradiente deu exatamente 0/)).toBeInTheDocument();
    state().zeroWeights();
    await stepTimes(3);
    expect(screen.getByRole('group', { name: /exatamente 0/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: /^∂L\/∂w₁₁, ∂L\/∂w₁₂ e ∂L\/∂b₁/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Responder' }));
    await stepTimes(1);
    expect(screen.getByText(/^Você acertou/)).toBeInTheDocument();
    expect(screen.getByText(/Exatamente 0 nesta iteração/)).toBeInTheDocument();
  });

  it('speaks English too', async () => {
    state().setLanguage('en');
    render(<ExerciseSection />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Predict before you click' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hand calculation' }));
    expect(screen.getByText(/Tolerance: .*0\.1%/)).toBeInTheDocument();
    await stepTimes(4, 'Next step');
    expect(screen.getByRole('group', { name: /old or the new v₁/ })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: /old or the new v₁/ });
    await userEvent.click(within(form).getByRole('radio', { name: /The old one/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Answer' }));
    await stepTimes(1, 'Next step');
    expect(screen.getByText(/^You got it: The old one/)).toBeInTheDocument();
  });
});

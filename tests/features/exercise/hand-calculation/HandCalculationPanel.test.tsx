import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handCalculationKey } from '../../../../src/core/exercise/hand-calculation';
import { ExerciseSection } from '../../../../src/features/exercise/ExerciseSection';
import { HandCalculationPanel } from '../../../../src/features/exercise/hand-calculation/HandCalculationPanel';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { formatValue } from '../../../../src/ui/format';

const state = () => useAppStore.getState();

beforeEach(() => resetAppStore());

describe('hand-calculation mode', () => {
  it('turns on with round numbers and six figures, and states its tolerance', async () => {
    render(<HandCalculationPanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cálculo à mão' }));
    expect(state().significantFigures).toBe(6);
    expect(state().session.learningRate).toBe(0.5);
    expect(screen.getByText(/Tolerância: .*0,1%/)).toBeInTheDocument();
    for (const name of ['∂L/∂z_o', '∂L/∂a₁', '∂L/∂w₁₁', 'v₁ depois da atualização']) {
      expect(screen.getByRole('textbox', { name: `Seu valor de ${name}` })).toBeInTheDocument();
    }
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cálculo à mão' }));
    expect(state().significantFigures).toBe(4);
  });

  it('takes a value typed with a decimal comma, checks it and shows the value', async () => {
    render(<HandCalculationPanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cálculo à mão' }));
    const key = handCalculationKey(state().session, 'outputDelta');
    const typed = key.toPrecision(5).replace('.', ',');
    await userEvent.type(screen.getByRole('textbox', { name: 'Seu valor de ∂L/∂z_o' }), typed);
    await userEvent.click(screen.getByRole('button', { name: 'Verificar ∂L/∂z_o' }));
    const shown = formatValue(key, 'pt-BR', 6);
    // the verdict takes focus (the form is gone) and is a polite live region
    const verdict = screen.getByText(`Correto: ∂L/∂z_o = ${shown}`, { exact: false });
    expect(verdict).toHaveFocus();
    expect(verdict).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('textbox', { name: 'Seu valor de ∂L/∂z_o' })).toBeNull();
    expect(state().liveAnswers['exercise-hand-output-delta']).toMatchObject({ key });
  });

  it('says a wrong value is wrong, with the right one, and text that is no number is refused', async () => {
    render(<HandCalculationPanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cálculo à mão' }));
    const field = screen.getByRole('textbox', { name: 'Seu valor de ∂L/∂a₁' });
    await userEvent.type(field, 'abc');
    await userEvent.click(screen.getByRole('button', { name: 'Verificar ∂L/∂a₁' }));
    expect(screen.getByRole('alert')).toHaveTextContent('“abc” não é um número');
    expect(state().liveAnswers).toEqual({});
    await userEvent.clear(field);
    await userEvent.type(field, '0,5{Enter}');
    const key = handCalculationKey(state().session, 'hiddenSlope');
    expect(
      screen.getByText(
        `Ainda não: você digitou 0,500000; o valor é ∂L/∂a₁ = ${formatValue(key, 'pt-BR', 6)}.`,
      ),
    ).toBeInTheDocument();
  });

  it('closes each box when the exercise shows its value, and the step stays free', async () => {
    render(<ExerciseSection />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cálculo à mão' }));
    const next = screen.getByRole('button', { name: 'Próximo passo' });
    for (let step = 0; step < 4; step++) {
      expect(next).toBeEnabled();
      await userEvent.click(next); // forward, forward, loss, backward (output)
    }
    expect(state().session.phase).toEqual({ kind: 'backward', layer: 1 });
    expect(screen.queryByRole('textbox', { name: 'Seu valor de ∂L/∂z_o' })).toBeNull();
    expect(screen.getByText(/∂L\/∂z_o já aparece nesta fase/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Seu valor de ∂L/∂a₁' })).toBeInTheDocument();
    expect(next).toBeEnabled();
  });

  it('shows and prints the worked iteration', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<HandCalculationPanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cálculo à mão' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mostrar a iteração resolvida' }));
    const sheet = screen.getByRole('region', { name: 'Iteração resolvida' });
    const z1 = state().session.trace.layers[0]!.z[0]!;
    expect(within(sheet).getByText(/^z₁ = w₁₁·x₁/)).toHaveTextContent(formatValue(z1, 'pt-BR', 6));
    expect(
      within(sheet).getByRole('heading', { name: 'Atualização (η = 0,500000)' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Imprimir' }));
    expect(print).toHaveBeenCalledOnce();
    expect(document.body.classList.contains('printing-worked-iteration')).toBe(false);
    print.mockRestore();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExerciseSection } from '../../../src/features/exercise/ExerciseSection';
import { resetAppStore, useAppStore } from '../../../src/store/store';

const state = () => useAppStore.getState();

/** Opens the settings drawer from the top bar, as a learner does (it starts closed). */
const openSettings = () => userEvent.click(screen.getByRole('button', { name: 'Configurações' }));

beforeEach(() => resetAppStore());

describe('the exercise section', () => {
  it('has every control of the course widget, found by its pt-BR label', async () => {
    render(<ExerciseSection />);
    expect(
      screen.getByRole('heading', { name: 'Backpropagation – Passo a Passo' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: /Taxa de aprendizado \(η\)/ })).toBeInTheDocument();
    // the model's choices wait in the drawer, closed at first
    expect(screen.queryByRole('combobox', { name: 'Função de ativação' })).toBeNull();
    await openSettings();
    expect(screen.getByRole('combobox', { name: 'Função de ativação' })).toBeInTheDocument();
    for (const name of [
      'Próximo passo',
      'Treinar automático',
      'Reset',
      'Passo anterior',
      'Zerar pesos',
      'Nova semente',
    ]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('checkbox', { name: 'Mostrar gradientes' })).toBeInTheDocument();
    // the chart is a lazy chunk (recharts): allow for a busy machine
    expect(
      await screen.findByText('Curva de perda (MSE)', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('answers the keyboard shortcuts while focus is inside the exercise', async () => {
    render(<ExerciseSection />);
    screen.getByRole('region', { name: 'Backpropagation – Passo a Passo' }).focus();
    await userEvent.keyboard(' ');
    expect(state().session.phase).toEqual({ kind: 'forward', layer: 0 });
    await userEvent.keyboard('{ArrowRight}');
    expect(state().session.phase).toEqual({ kind: 'forward', layer: 1 });
    await userEvent.keyboard('{ArrowLeft}');
    expect(state().session.phase).toEqual({ kind: 'forward', layer: 0 });
    await userEvent.keyboard('{Enter}');
    expect(state().session.phase.kind).toBe('update');
    await userEvent.keyboard('g');
    expect(state().showGradients).toBe(true);
    await userEvent.keyboard('a');
    expect(state().running).toBe(true);
    await userEvent.keyboard('a');
    expect(state().running).toBe(false);
    await userEvent.keyboard('r');
    expect(state().session.phase.kind).toBe('ready');
  });

  it('never fires a shortcut while the learner types in a field', async () => {
    render(<ExerciseSection />);
    await openSettings();
    const x1 = screen.getByRole('textbox', { name: 'x₁' });
    await userEvent.clear(x1);
    await userEvent.type(x1, ' ag r');
    expect(state().session.phase.kind).toBe('ready');
    expect(state().showGradients).toBe(false);
    expect(state().running).toBe(false);
  });

  it('lists the shortcuts on demand, in the "more" menu', async () => {
    render(<ExerciseSection />);
    await userEvent.click(screen.getByRole('button', { name: 'Mais' }));
    const menu = screen.getByRole('region', { name: 'Mais opções do exercício' });
    expect(menu).toHaveFocus();
    await userEvent.click(within(menu).getByText('Atalhos do teclado'));
    expect(screen.getByText('Espaço ou →: próximo passo')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(menu).not.toBeVisible();
    expect(screen.getByRole('button', { name: 'Mais' })).toHaveFocus();
  });
});

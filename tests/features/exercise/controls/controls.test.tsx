import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AutoSettings } from '../../../../src/features/exercise/controls/AutoSettings';
import { ExampleEditor } from '../../../../src/features/exercise/controls/ExampleEditor';
import { LearningRateControl } from '../../../../src/features/exercise/controls/LearningRateControl';
import { ModelChoices } from '../../../../src/features/exercise/controls/ModelChoices';
import { ParameterEditor } from '../../../../src/features/exercise/controls/ParameterEditor';
import { StartControls } from '../../../../src/features/exercise/controls/StartControls';
import { StepButtons } from '../../../../src/features/exercise/controls/StepButtons';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { formatField } from '../../../../src/ui/format';

const state = () => useAppStore.getState();

beforeEach(() => resetAppStore());

describe('the exercise controls', () => {
  it('shows η with two decimals in pt-BR and moves it in steps of 0.01', async () => {
    render(<LearningRateControl />);
    const slider = screen.getByRole('slider', { name: /Taxa de aprendizado \(η\)/ });
    expect(slider).toHaveAttribute('min', '0.01');
    expect(slider).toHaveAttribute('max', '1');
    expect(slider).toHaveAttribute('step', '0.01');
    expect(screen.getByText('0,10')).toBeInTheDocument();
    // jsdom cannot move a range input by keyboard; the browser tests do that
    fireEvent.change(slider, { target: { value: '0.11' } });
    expect(state().session.learningRate).toBeCloseTo(0.11, 12);
    expect(screen.getByText('0,11')).toBeInTheDocument();
  });

  it('widens η to 50 on a log scale', async () => {
    render(<LearningRateControl />);
    await userEvent.click(screen.getByRole('checkbox', { name: /Ampliar η até 50/ }));
    const slider = screen.getByRole('slider', { name: /Taxa de aprendizado/ });
    fireEvent.change(slider, { target: { value: slider.getAttribute('max') } });
    expect(state().session.learningRate).toBe(50);
    expect(screen.getByText('50,00')).toBeInTheDocument();
  });

  it('offers Sigmoid, Tanh and ReLU, the two losses and the four data sets', async () => {
    render(<ModelChoices />);
    const activation = screen.getByRole('combobox', { name: 'Função de ativação' });
    expect(
      Array.from(activation.querySelectorAll('option')).map((option) => option.textContent),
    ).toEqual(['Sigmoid', 'Tanh', 'ReLU']);
    await userEvent.selectOptions(activation, 'ReLU');
    expect(state().activation).toBe('relu');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Função de perda' }),
      'binaryCrossEntropy',
    );
    expect(state().loss).toBe('binaryCrossEntropy');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Dados de treino' }), 'xor');
    expect(state().session.examples).toHaveLength(4);
  });

  it('steps forward and back, and the auto button becomes "Pausar"', async () => {
    render(<StepButtons />);
    expect(screen.getByRole('button', { name: 'Passo anterior' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Próximo passo' }));
    expect(state().session.phase).toEqual({ kind: 'forward', layer: 0 });
    await userEvent.click(screen.getByRole('button', { name: 'Passo anterior' }));
    expect(state().session.phase).toEqual({ kind: 'ready' });
    await userEvent.click(screen.getByRole('button', { name: 'Completar iteração' }));
    expect(state().session.phase.kind).toBe('update');
    await userEvent.click(screen.getByRole('button', { name: 'Treinar automático' }));
    expect(state().running).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Pausar' }));
    expect(state().running).toBe(false);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Mostrar gradientes' }));
    expect(state().showGradients).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(state().session.iteration).toBe(0);
  });

  it('edits the example, accepting a decimal comma and refusing a target outside [0, 1]', async () => {
    render(<ExampleEditor />);
    const x2 = screen.getByRole('textbox', { name: 'x₂' });
    await userEvent.clear(x2);
    await userEvent.type(x2, '0,25{Enter}');
    expect(state().lessonExample.input).toEqual([1, 0.25]);
    const target = screen.getByRole('textbox', { name: 'y (alvo)' });
    await userEvent.clear(target);
    await userEvent.type(target, '3{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('O alvo precisa estar entre 0 e 1');
    expect(state().lessonExample.target).toEqual([1]);
    await userEvent.clear(target);
    await userEvent.type(target, 'abc{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Digite um número finito.');
  });

  it('types a weight in and restarts the iteration with it', async () => {
    render(<ParameterEditor />);
    await userEvent.click(screen.getByText('Pesos e vieses', { selector: 'summary' }));
    const field = screen.getByRole('textbox', { name: 'v₂' });
    await userEvent.clear(field);
    await userEvent.type(field, '-1.5{Enter}');
    expect(state().session.parameters[1]!.weights[0]![1]).toBe(-1.5);
    expect(state().notice?.key).toBe('exercise.notice.parameterEdited');
  });

  it('shows the weights with the display’s significant figures (6 in hand calculation)', async () => {
    render(<ParameterEditor />);
    await userEvent.click(screen.getByText('Pesos e vieses', { selector: 'summary' }));
    const v2 = () => state().session.parameters[1]!.weights[0]![1]!;
    expect(screen.getByRole('textbox', { name: 'v₂' })).toHaveValue(formatField(v2(), 'pt-BR', 4));
    act(() => state().setSignificantFigures(6));
    expect(screen.getByRole('textbox', { name: 'v₂' })).toHaveValue(formatField(v2(), 'pt-BR', 6));
    expect(formatField(v2(), 'pt-BR', 6)).not.toBe(formatField(v2(), 'pt-BR', 4));
  });

  it('shows the seed, draws a new one and zeroes the weights', async () => {
    render(<StartControls />);
    expect(screen.getByText(`Semente: ${state().seed}`)).toBeInTheDocument();
    const before = state().session.parameters;
    await userEvent.click(screen.getByRole('button', { name: 'Nova semente' }));
    expect(screen.getByText(`Semente: ${state().seed}`)).toBeInTheDocument();
    expect(state().session.parameters).not.toEqual(before);
    await userEvent.click(screen.getByRole('button', { name: 'Zerar pesos' }));
    const flat = state().session.parameters.flatMap((layer) => [
      ...layer.weights.flat(),
      ...layer.biases,
    ]);
    expect(flat.every((value) => value === 0)).toBe(true);
  });

  it('sets the speed, the target loss and the iteration limit', async () => {
    render(<AutoSettings />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Velocidade' }), '0');
    expect(state().speed).toBe(0);
    const limit = screen.getByRole('textbox', { name: 'Limite de iterações' });
    await userEvent.clear(limit);
    await userEvent.type(limit, '250{Enter}');
    expect(state().iterationLimit).toBe(250);
    const target = screen.getByRole('textbox', { name: 'Parar quando a perda ≤' });
    await userEvent.clear(target);
    await userEvent.type(target, '0,02{Enter}');
    expect(state().targetLoss).toBe(0.02);
  });

  it('speaks English when the language is English', () => {
    state().setLanguage('en');
    render(<StepButtons />);
    expect(screen.getByRole('button', { name: 'Next step' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Show gradients' })).toBeInTheDocument();
  });
});

import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import Section from '../../../../src/labs/challenges/components/ChallengesSection';
import { LabPage } from '../../../../src/app/LabPage';
import { ExerciseSlotContext } from '../../../../src/features/exercise/face/exercise-slot';
import { LabPlacementContext } from '../../../../src/labs/shared/LabFrame';
import { formatValue } from '../../../../src/ui/format';
import { traceExample } from '../../../../src/core/network/trace';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { stubResizeObserver } from '../../../features/exercise/loss-chart/resize-observer';

const state = () => useAppStore.getState();

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
  document.getElementById('backprop-widget')?.remove();
});

/** The card (list item) whose heading is `title`. */
const card = (title: string | RegExp) =>
  screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;

/** J(θ) over the exercise's examples, from the trace (independent of the section's tape). */
function traceError(): number {
  const { spec, parameters, examples } = state().session;
  const total = examples.reduce(
    (sum, example) => sum + traceExample(spec, parameters, example).loss,
    0,
  );
  return total / examples.length;
}

function train(count: number, chunk = 50) {
  act(() => {
    for (let done = 0; done < count; done += chunk) {
      state().autoIterations(Math.min(chunk, count - done));
    }
  });
}

describe('the challenges section', () => {
  it('shows three cards, none met, with live hints computed from the exercise', () => {
    render(<Section />);
    const list = screen.getByRole('list', { name: 'Desafios' });
    expect(within(list).getAllByRole('heading')).toHaveLength(3);
    expect(within(list).getAllByText('Ainda não cumprido')).toHaveLength(3);
    expect(screen.getByText('0 de 3 desafios cumpridos.')).toBeInTheDocument();
    const relu = card(/com ReLU em menos de 200 iterações/);
    expect(relu).toHaveTextContent(`Erro atual ${formatValue(traceError(), 'pt-BR')}; 0 iterações`);
    expect(relu).toHaveTextContent('Escolha ReLU em “Função de ativação”');
    expect(card('Faça o XOR funcionar com dois neurônios ocultos')).toHaveTextContent(
      'Escolha XOR em “Dados de treino”',
    );
  });

  it('updates the hints as the exercise trains', () => {
    render(<Section />);
    act(() => {
      state().setDataset('xor');
      state().setActivation('tanh');
      state().setLearningRate(1);
    });
    train(20, 10);
    const xor = card('Faça o XOR funcionar com dois neurônios ocultos');
    expect(xor).toHaveTextContent(`erro atual ${formatValue(traceError(), 'pt-BR')}`);
    // the exercise's own count: after 20 iterations it shows the 20th (t = 19) at its update
    expect(state().session.iteration).toBe(19);
    expect(card(/com ReLU/)).toHaveTextContent('19 iterações nesta execução');
  });

  it('marks a challenge met with icon and text, records both η, and announces it once', () => {
    render(<Section />);
    const rates = () => card('Encontre um η que diverge e um que se arrasta');
    expect(rates()).toHaveTextContent('η que diverge: ainda não encontrado');
    act(() => {
      state().setDataset('xor');
      state().setWideLearningRate(true);
      state().setLearningRate(50);
    });
    train(150);
    expect(rates()).toHaveTextContent('η que diverge: 50,00');
    expect(within(rates()).getByText('Ainda não cumprido')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    act(() => {
      state().setDataset('or');
      state().setLearningRate(0.01);
    });
    train(140, 20);
    expect(rates()).toHaveTextContent('η que se arrasta: 0,01');
    expect(within(rates()).getByText('Cumprido')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Desafio cumprido: Encontre um η que diverge e um que se arrasta.',
    );
    expect(screen.getByText('1 de 3 desafios cumpridos.')).toBeInTheDocument();
  });

  it('"Ir para o exercício" focuses the exercise when the page has it', async () => {
    const user = userEvent.setup();
    const widget = document.createElement('section');
    widget.id = 'backprop-widget';
    widget.tabIndex = -1;
    document.body.append(widget);
    render(<Section />);
    await user.click(within(card(/XOR/)).getByRole('button', { name: 'Ir para o exercício' }));
    expect(widget).toHaveFocus();
    widget.remove();
  });

  it('focuses the exercise when it arrives, if it was still loading at the click', async () => {
    const user = userEvent.setup();
    // the lesson's placeholder while the exercise's code is on its way
    const placeholder = document.createElement('div');
    placeholder.setAttribute('data-pending-id', 'backprop-widget');
    document.body.append(placeholder);
    render(<Section />);
    await user.click(within(card(/XOR/)).getByRole('button', { name: 'Ir para o exercício' }));
    expect(screen.queryByText(/O exercício não está nesta página/)).not.toBeInTheDocument();

    const widget = document.createElement('section');
    widget.id = 'backprop-widget';
    widget.tabIndex = -1;
    placeholder.replaceWith(widget);
    await waitFor(() => expect(widget).toHaveFocus());
    expect(screen.queryByText(/O exercício não está nesta página/)).not.toBeInTheDocument();
    widget.remove();
  });

  it('says so when there is no exercise to go to', async () => {
    const user = userEvent.setup();
    render(<Section />);
    await user.click(within(card(/XOR/)).getByRole('button', { name: 'Ir para o exercício' }));
    expect(screen.getByText(/O exercício não está nesta página/)).toBeInTheDocument();
  });

  it('draws the exercise below the cards when alone, and goes to it', async () => {
    stubResizeObserver();
    const user = userEvent.setup();
    // the exercise as the app hands it to the section, its code held back until after the click
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const HeldExercise = lazy(() =>
      held
        .then(() => import('../../../../src/features/exercise/ExerciseSection'))
        .then((module) => ({ default: module.ExerciseSection })),
    );
    render(
      <LabPlacementContext value="standalone">
        <ExerciseSlotContext value={<HeldExercise />}>
          <Section />
        </ExerciseSlotContext>
      </LabPlacementContext>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Desafios no exercício 2–2–1' }));
    // clicked while the exercise's code is still loading: it is focused once it is drawn
    expect(screen.getByText('Carregando o exercício…')).toBeInTheDocument();
    await user.click(within(card(/XOR/)).getByRole('button', { name: 'Ir para o exercício' }));
    release();
    const exercise = await screen.findByRole(
      'heading',
      { name: 'Backpropagation – Passo a Passo' },
      { timeout: 8000 },
    );
    await waitFor(() => expect(exercise.closest('section')).toHaveFocus());
    // the section's own controls (in its settings drawer) drive the same store the cards read
    await user.click(screen.getByRole('button', { name: 'Configurações' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dados de treino' }), 'xor');
    expect(card(/XOR/)).not.toHaveTextContent('Escolha XOR');
  });

  it('is handed its exercise by the app’s lab view, and draws none where it has none', async () => {
    stubResizeObserver();
    const { unmount } = render(<LabPage id="challenges" />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Desafios no exercício 2–2–1' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Backpropagation – Passo a Passo' },
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    unmount();
    render(
      <LabPlacementContext value="standalone">
        <Section />
      </LabPlacementContext>,
    );
    expect(screen.queryByText('Carregando o exercício…')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Backpropagation – Passo a Passo' })).toBeNull();
  });

  it('speaks English', () => {
    act(() => state().setLanguage('en'));
    render(<Section />);
    expect(screen.getByRole('heading', { name: 'Make XOR work with two hidden neurons' }));
    expect(screen.getAllByText('Not met yet')).toHaveLength(3);
    expect(card(/with ReLU in fewer than 200 iterations/)).toHaveTextContent(
      `Current error ${formatValue(traceError(), 'en')}`,
    );
  });
});

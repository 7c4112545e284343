import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExerciseSection } from '../../../../src/features/exercise/ExerciseSection';
import { EXERCISE_CONTROLS } from '../../../../src/store/link-settings';
import { allParameterRefs, parameterValue } from '../../../../src/core/network/parameter-ref';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { formatValue } from '../../../../src/ui/format';

const state = () => useAppStore.getState();

beforeEach(() => resetAppStore());

/** The six phases as the stepper names them, in the order the algorithm computes them. */
const PHASES = [
  'Direto: camada 1',
  'Direto: saída',
  'Perda',
  'Retro: saída',
  'Retro: oculta',
  'Atualização',
];

/** The phase the store is at, as the stepper names it (−1 before the first). */
function storeIndex(): number {
  const { phase } = state().session;
  switch (phase.kind) {
    case 'ready':
      return -1;
    case 'forward':
      return phase.layer;
    case 'loss':
      return 2;
    case 'backward':
      return phase.layer === 1 ? 3 : 4;
    case 'update':
      return 5;
  }
}

function stepper() {
  return within(screen.getByRole('list', { name: 'Fases da iteração' }));
}

/** The stepper's phase buttons, by the name each starts with. */
function phaseButton(index: number) {
  return stepper().getByRole('button', { name: new RegExp(`^${PHASES[index]}`) });
}

function column() {
  return within(screen.getByRole('complementary', { name: 'Esta fase' }));
}

/** The equation lines the column marks as computed in this phase. */
function currentLines() {
  return column()
    .getAllByRole('listitem')
    .filter((item) => item.textContent?.startsWith('calculada nesta fase'));
}

describe('the exercise layout', () => {
  it('keeps about eight controls in the top bar, each found by its pt-BR label', () => {
    render(<ExerciseSection />);
    const bar = within(screen.getByRole('group', { name: 'Barra do exercício' }));
    for (const name of [
      'Passo anterior',
      'Próximo passo',
      'Completar iteração',
      'Treinar automático',
      'Reset',
      'Configurações',
      'Mais',
    ]) {
      expect(bar.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(bar.getByRole('checkbox', { name: 'Mostrar gradientes' })).toBeInTheDocument();
    expect(bar.getByRole('slider', { name: /Taxa de aprendizado \(η\)/ })).toBeInTheDocument();
    expect(bar.getByText('Iteração 0')).toBeInTheDocument();
    expect(bar.queryByRole('combobox')).toBeNull();
  });

  it('marks the current phase in the stepper after each step, the earlier ones done', async () => {
    render(<ExerciseSection />);
    const next = screen.getByRole('button', { name: 'Próximo passo' });
    expect(stepper().queryByRole('button', { current: 'step' })).toBeNull();
    for (let index = 0; index < PHASES.length; index++) {
      await userEvent.click(next);
      expect(storeIndex()).toBe(index);
      const current = stepper().getByRole('button', { current: 'step' });
      expect(current).toHaveAccessibleName(PHASES[index]);
      for (let other = 0; other < PHASES.length; other++) {
        if (other === index) continue;
        const status = other < index ? 'concluída' : 'a seguir';
        expect(phaseButton(other)).toHaveAccessibleName(`${PHASES[other]}, ${status}`);
      }
    }
    // the next step starts the next iteration: its first phase is current again
    await userEvent.click(next);
    expect(phaseButton(0)).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('Iteração 1')).toBeInTheDocument();
  });

  it('goes to a phase of this iteration on a click, exactly as stepping there by hand', async () => {
    // by hand: four steps from the start
    for (let step = 0; step < 4; step++) state().nextPhase();
    const byHand = state().session;
    resetAppStore();
    render(<ExerciseSection />);
    await userEvent.click(phaseButton(3));
    expect(state().session).toEqual(byHand);
    expect(phaseButton(3)).toHaveAttribute('aria-current', 'step');
    // back to the first phase through the history
    await userEvent.click(phaseButton(0));
    expect(state().session.phase).toEqual({ kind: 'forward', layer: 0 });
    expect(state().past).toHaveLength(1);
    // while auto-training, the phases are shown, not clickable
    act(() => state().startAuto());
    expect(phaseButton(4)).toBeDisabled();
    act(() => state().pauseAuto());
  });

  it('shows the current phase’s equation lines in "Esta fase", and the chosen parameter', async () => {
    render(<ExerciseSection />);
    const next = screen.getByRole('button', { name: 'Próximo passo' });
    // w₁₁ is chosen at first: its chain is ∂L/∂z_o, g′(z₁), ∂L/∂z₁, ∂L/∂w₁₁ and its update
    const expectedCurrent = [0, 0, 0, 1, 3, 1];
    for (const count of expectedCurrent) {
      await userEvent.click(next);
      expect(currentLines()).toHaveLength(count);
    }
    // at the update, the chosen parameter's old value → its new value
    const selected = state().selected;
    const before = parameterValue(state().session.parameters, selected) as number;
    const after = parameterValue(state().session.updatedParameters!, selected) as number;
    expect(before).not.toBe(after);
    expect(
      column().getByText(`${formatValue(before, 'pt-BR')} → ${formatValue(after, 'pt-BR')}`),
    ).toBeInTheDocument();
    expect(column().getByRole('region', { name: 'Leituras' })).toBeInTheDocument();
  });

  it('marks two lines at the output’s backward phase when an output weight is chosen', async () => {
    render(<ExerciseSection />);
    await userEvent.selectOptions(
      column().getByRole('combobox', { name: 'Parâmetro escolhido' }),
      'v₁',
    );
    for (let step = 0; step < 4; step++) act(() => state().nextPhase());
    // ∂L/∂z_o and ∂L/∂v₁ = a₁·∂L/∂z_o
    expect(currentLines()).toHaveLength(2);
    act(() => state().nextPhase());
    expect(currentLines()).toHaveLength(0);
  });

  it('opens and closes the settings panel from the top bar, by keyboard too', async () => {
    render(<ExerciseSection />);
    const toggle = screen.getByRole('button', { name: 'Configurações' });
    const panel = () => screen.queryByRole('region', { name: 'Configurações do exercício' });
    // closed at first: the bar's controls are what a learner meets
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel()).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Cenários' })).toBeNull();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAttribute('aria-controls', panel()?.id);
    // the column under the drawer leaves the reading and tab order meanwhile
    expect(screen.getByRole('complementary', { name: 'Esta fase' })).toHaveAttribute('inert');
    await userEvent.click(within(panel()!).getByRole('button', { name: 'Fechar' }));
    expect(panel()).toBeNull();
    expect(toggle).toHaveFocus();
    expect(screen.getByRole('complementary', { name: 'Esta fase' })).not.toHaveAttribute('inert');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await screen.findByRole('heading', { name: 'Configurações do exercício' });
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(screen.getByRole('heading', { name: 'Configurações do exercício' })).toHaveFocus();
    // Escape inside the panel closes it and gives the focus back to its button
    screen.getByRole('combobox', { name: 'Função de ativação' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(panel()).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it('keeps every other control working in the settings panel and the "more" menu', async () => {
    render(<ExerciseSection />);
    await userEvent.click(screen.getByRole('button', { name: 'Configurações' }));
    const panel = within(screen.getByRole('region', { name: 'Configurações do exercício' }));
    // the lesson's example, while the lesson's data are chosen
    const x1 = panel.getByRole('textbox', { name: 'x₁' });
    await userEvent.clear(x1);
    await userEvent.type(x1, '2{Enter}');
    expect(state().session.examples[0]?.input[0]).toBe(2);
    await userEvent.selectOptions(
      panel.getByRole('combobox', { name: 'Função de ativação' }),
      'relu',
    );
    expect(state().activation).toBe('relu');
    await userEvent.selectOptions(
      panel.getByRole('combobox', { name: 'Função de perda' }),
      'binaryCrossEntropy',
    );
    expect(state().loss).toBe('binaryCrossEntropy');
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Dados de treino' }), 'xor');
    expect(state().dataset).toBe('xor');
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Cenários' }), 'relu-dead');
    expect(state().scenario?.id).toBe('relu-dead');
    const seed = state().seed;
    await userEvent.click(panel.getByRole('button', { name: 'Nova semente' }));
    expect(state().seed).not.toBe(seed);
    await userEvent.click(panel.getByRole('button', { name: 'Zerar pesos' }));
    const { spec, parameters } = state().session;
    expect(allParameterRefs(spec).map((ref) => parameterValue(parameters, ref))).toEqual(
      allParameterRefs(spec).map(() => 0),
    );
    await userEvent.click(panel.getByRole('checkbox', { name: /Ampliar η até 50/ }));
    expect(state().wideLearningRate).toBe(true);
    const limit = panel.getByRole('textbox', { name: 'Limite de iterações' });
    await userEvent.clear(limit);
    await userEvent.type(limit, '25{Enter}');
    expect(state().iterationLimit).toBe(25);
    fireEvent.change(panel.getByRole('combobox', { name: 'Velocidade' }), {
      target: { value: '0' },
    });
    expect(state().speed).toBe(0);
    await userEvent.click(panel.getByText('Pesos e vieses', { selector: 'summary' }));
    const w11 = panel.getByRole('textbox', { name: 'w₁₁' });
    await userEvent.clear(w11);
    await userEvent.type(w11, '0,5{Enter}');
    const ref = { layer: 0, kind: 'weight', row: 0, column: 0 } as const;
    expect(parameterValue(state().session.parameters, ref)).toBe(0.5);
    await userEvent.click(screen.getByRole('button', { name: 'Mais' }));
    const more = within(screen.getByRole('region', { name: 'Mais opções do exercício' }));
    expect(more.getByRole('button', { name: 'Copiar link' })).toBeInTheDocument();
    await userEvent.click(more.getByText('Atalhos do teclado', { selector: 'summary' }));
    expect(more.getByText('Espaço ou →: próximo passo')).toBeVisible();
    await userEvent.click(more.getByRole('button', { name: 'Modo projetor' }));
    expect(state().projector).toBe(true);
  });

  it('hides the same controls for a teacher’s controls= link, wherever they now sit', () => {
    useAppStore.setState({ shownControls: ['steps'] });
    render(<ExerciseSection />);
    expect(screen.getByRole('button', { name: 'Próximo passo' })).toBeInTheDocument();
    expect(screen.queryByRole('slider', { name: /Taxa de aprendizado/ })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Ampliar η/ })).toBeNull();
    for (const name of ['Cenários', 'Função de ativação', 'Dados de treino', 'Velocidade']) {
      expect(screen.queryByRole('combobox', { name })).toBeNull();
    }
    expect(screen.queryByRole('button', { name: 'Nova semente' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copiar link' })).toBeNull();
    expect(screen.queryByText('Pesos e vieses', { selector: 'summary' })).toBeNull();
    expect(screen.queryByText('Atalhos do teclado')).toBeNull();
  });

  it('shows η in the top bar and its wide range in the panel when the link keeps learningRate', async () => {
    useAppStore.setState({ shownControls: ['learningRate'] });
    render(<ExerciseSection />);
    const bar = within(screen.getByRole('group', { name: 'Barra do exercício' }));
    expect(bar.getByRole('slider', { name: /Taxa de aprendizado/ })).toBeInTheDocument();
    expect(bar.queryByRole('button', { name: 'Próximo passo' })).toBeNull();
    await userEvent.click(bar.getByRole('button', { name: 'Configurações' }));
    const panel = within(screen.getByRole('region', { name: 'Configurações do exercício' }));
    expect(panel.getByRole('checkbox', { name: /Ampliar η até 50/ })).toBeInTheDocument();
    expect(EXERCISE_CONTROLS).toContain('learningRate');
  });

  it('names the layout in English too', async () => {
    state().setLanguage('en');
    render(<ExerciseSection />);
    expect(screen.getByRole('group', { name: 'Exercise bar' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Phases of the iteration' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'This phase' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Settings' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.getByRole('button', { name: 'More' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByRole('button', { current: 'step' })).toHaveAccessibleName(
      'Forward: layer 1',
    );
    expect(screen.getByRole('button', { name: 'Loss, upcoming' })).toBeInTheDocument();
  });
});

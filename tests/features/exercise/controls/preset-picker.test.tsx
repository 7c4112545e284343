import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PRESET_IDS } from '../../../../src/core/exercise/presets';
import { translate } from '../../../../src/content/ui/messages';
import { ExerciseSection } from '../../../../src/features/exercise/ExerciseSection';
import { PresetPicker } from '../../../../src/features/exercise/controls/PresetPicker';
import { ModelChoices } from '../../../../src/features/exercise/controls/ModelChoices';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

const state = () => useAppStore.getState();
beforeEach(() => resetAppStore());

describe('the scenario picker', () => {
  it('lists “—” and the five scenarios by their pt-BR labels, none chosen at first', () => {
    render(<PresetPicker />);
    const picker = screen.getByRole('combobox', { name: 'Cenários' });
    expect(picker).toHaveValue('');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      '—',
      'XOR que sai do platô',
      'ReLU com os dois neurônios ativos',
      'ReLU com um neurônio morto',
      'Passo grande demais',
      'Início saturado',
    ]);
    expect(within(picker).getByRole('option', { name: 'Nenhum cenário' })).toHaveValue('');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('starts the scenario chosen by keyboard and says, politely, what to look for', async () => {
    render(<PresetPicker />);
    const picker = screen.getByRole('combobox', { name: 'Cenários' });
    picker.focus();
    await userEvent.selectOptions(picker, 'Passo grande demais');
    expect(state().scenario).toEqual({ id: 'overshoot', modified: false });
    expect(state().session.learningRate).toBe(50);
    expect(picker).toHaveValue('overshoot');
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent(translate('pt-BR', 'exercise.preset.overshoot.look'));
  });

  it('returns to “—” when a setting changes, and says the description may no longer hold', async () => {
    render(
      <>
        <PresetPicker />
        <ModelChoices />
      </>,
    );
    const picker = screen.getByRole('combobox', { name: 'Cenários' });
    await userEvent.selectOptions(picker, 'saturated');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Função de perda' }),
      'binaryCrossEntropy',
    );
    expect(picker).toHaveValue('');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(translate('pt-BR', 'exercise.preset.saturated.look'));
    expect(status).toHaveTextContent(translate('pt-BR', 'exercise.presets.modified'));
    // choosing it again starts it over, with its own loss
    await userEvent.selectOptions(picker, 'saturated');
    expect(state().loss).toBe('halfSquaredError');
    expect(status).not.toHaveTextContent(translate('pt-BR', 'exercise.presets.modified'));
    // and “—” hides the description, leaving the exercise as it is
    await userEvent.selectOptions(picker, '');
    expect(status).toBeEmptyDOMElement();
    expect(state().loss).toBe('halfSquaredError');
  });

  it('speaks English too', async () => {
    state().setLanguage('en');
    render(<PresetPicker />);
    const picker = screen.getByRole('combobox', { name: 'Scenarios' });
    const labels = within(picker)
      .getAllByRole('option')
      .slice(1)
      .map((option) => option.textContent);
    expect(labels).toEqual(PRESET_IDS.map((id) => translate('en', `exercise.preset.${id}`)));
    expect(labels[0]).toBe('XOR that leaves the plateau');
    await userEvent.selectOptions(picker, 'ReLU with a dead neuron');
    expect(screen.getByRole('status')).toHaveTextContent(/exactly zero gradient/);
  });

  it('sits in the exercise’s settings panel, and a link can leave it out', async () => {
    const { unmount } = render(<ExerciseSection />);
    await userEvent.click(screen.getByRole('button', { name: 'Configurações' }));
    const controls = screen.getByRole('region', { name: 'Configurações do exercício' });
    expect(within(controls).getByRole('combobox', { name: 'Cenários' })).toBeInTheDocument();
    unmount();
    state().applyLink({ view: 'widget', projector: false, controls: ['steps'] });
    render(<ExerciseSection />);
    expect(screen.queryByRole('combobox', { name: 'Cenários' })).toBeNull();
  });
});

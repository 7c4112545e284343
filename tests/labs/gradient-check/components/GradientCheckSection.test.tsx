import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import GradientCheckSection from '../../../../src/labs/gradient-check/components/GradientCheckSection';
import {
  chartScales,
  ERROR_FLOOR,
  errorExponent,
  errorPath,
  powerOfTen,
} from '../../../../src/labs/gradient-check/components/chart-geometry';
import { formatValue } from '../../../../src/ui/format';
import { traceExample } from '../../../../src/core/network/trace';
import { useGradientCheckStore } from '../../../../src/labs/gradient-check/store';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import type { NetworkParameters } from '../../../../src/core/types';
import { at } from '../../indexing';
import { resetStore } from '../../reset-store';

beforeEach(() => {
  resetAppStore();
  resetStore(useGradientCheckStore);
});

/** The read-out whose term matches `name`. */
function readout(name: RegExp): string {
  const results = screen.getByRole('group', { name: /Resultados para/ });
  const term = within(results).getByText(name);
  return term.nextElementSibling?.textContent ?? '';
}

/** The output neuron's weights (v₁, v₂): layer 1, row 0. */
const outputWeights = (parameters: NetworkParameters) => at(at(parameters, 1).weights, 0);

/** ∂ℓ/∂v₁ and the central difference at h, from the hand-written trace engine (not the section's). */
function independentV1Check(step: number) {
  const { session } = useAppStore.getState();
  const example = at(session.examples, session.exampleIndex);
  const lossWith = (v1: number) => {
    const parameters = structuredClone(session.parameters);
    outputWeights(parameters)[0] = v1;
    return traceExample(session.spec, parameters, example).loss;
  };
  const theta = at(outputWeights(session.parameters), 0);
  const output = at(traceExample(session.spec, session.parameters, example).layers, 1);
  const gradient = at(at(output.dLossDWeights, 0), 0);
  const central = (lossWith(theta + step) - lossWith(theta - step)) / (2 * step);
  const error = Math.abs(gradient - central) / Math.max(Math.abs(gradient), Math.abs(central));
  return { gradient, central, error };
}

describe('gradient check section', () => {
  it('shows backprop beside the finite difference and their relative error for the chosen weight', async () => {
    const user = userEvent.setup();
    render(<GradientCheckSection />);
    const select = screen.getByLabelText('Parâmetro θ');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['w₁₁', 'w₁₂', 'w₂₁', 'w₂₂', 'b₁', 'b₂', 'v₁', 'v₂', 'c']);
    const w11Error = readout(/^Erro relativo \(central\)$/);
    await user.selectOptions(select, 'v₁');
    fireEvent.change(screen.getByLabelText(/Passo h/), { target: { value: '0' } });
    const expected = independentV1Check(1);
    expect(readout(/^Backprop: ∂ℓ\/∂v₁$/)).toBe(formatValue(expected.gradient, 'pt-BR'));
    expect(readout(/^Diferença central/)).toBe(formatValue(expected.central, 'pt-BR'));
    expect(readout(/^Erro relativo \(central\)$/)).toBe(formatValue(expected.error, 'pt-BR'));
    expect(readout(/^Erro relativo \(central\)$/)).not.toBe(w11Error);
  });

  it('changes the relative error and names the regime when h moves', () => {
    render(<GradientCheckSection />);
    const slider = screen.getByLabelText(/Passo h/);
    const errorAt = (exponent: string) => {
      fireEvent.change(slider, { target: { value: exponent } });
      return readout(/^Erro relativo \(central\)$/);
    };
    const small = errorAt('-12');
    expect(screen.getByText(/h pequeno demais/)).toBeInTheDocument();
    const middle = errorAt('-5');
    const large = errorAt('0');
    expect(screen.getByText(/h grande demais/)).toBeInTheDocument();
    expect(new Set([small, middle, large]).size).toBe(3);
    expect(slider).toHaveAttribute('aria-valuetext', `h = ${formatValue(1, 'pt-BR')}`);
    expect(screen.getByRole('img', { name: /Erro relativo × h/ })).toBeInTheDocument();
  });

  it('explains a zero gradient instead of dividing by zero', () => {
    act(() => useAppStore.getState().setLessonExample({ input: [1, 0], target: [1] }));
    render(<GradientCheckSection />);
    fireEvent.change(screen.getByLabelText('Parâmetro θ'), { target: { value: 'w-0-0-1' } }); // w₁₂·x₂, x₂ = 0
    expect(screen.getByText(/O gradiente de w₁₂ é 0 neste exemplo/)).toBeInTheDocument();
    expect(readout(/^Erro relativo \(central\)$/)).toBe(formatValue(0, 'pt-BR'));
  });

  it('lists the sweep in a table', () => {
    render(<GradientCheckSection />);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(1 + 49);
  });
});

describe('chart geometry', () => {
  const point = (exponent: number, centralError: number) => ({
    step: 10 ** exponent,
    central: 0,
    forward: 0,
    centralError,
    forwardError: centralError,
  });

  it('writes powers of ten and puts exact zeros on the floor', () => {
    expect(powerOfTen(-12)).toBe('10⁻¹²');
    expect(powerOfTen(0)).toBe('10⁰');
    expect(errorExponent(0)).toBe(Math.log10(ERROR_FLOOR));
    expect(errorExponent(1e-3)).toBeCloseTo(-3, 12);
    expect(errorExponent(Number.NaN)).toBeNull();
  });

  it('maps larger h to the right and larger errors upwards, breaking the line at NaN', () => {
    const sweep = [point(-3, 1e-2), point(-2, Number.NaN), point(-1, 1e-6), point(0, 1e-4)];
    const scales = chartScales(sweep);
    expect(scales.x(-1)).toBeGreaterThan(scales.x(-3));
    expect(scales.y(-2)).toBeLessThan(scales.y(-6));
    expect(errorPath(sweep, (entry) => entry.centralError, scales).match(/M/g)).toHaveLength(2);
  });
});

import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LiveEquations } from '../../../../src/features/exercise/equations/LiveEquations';
import { texNumber } from '../../../../src/features/exercise/equations/tex-number';
import { formatValue } from '../../../../src/ui/format';
import type { Language } from '../../../../src/content/ui/messages';
import { allParameterRefs, parameterGradient } from '../../../../src/core/network/parameter-ref';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

const state = () => useAppStore.getState();

/**
 * A line's TeX as one chain: the column shows it broken at each "=" (an aligned block), which
 * this joins back, so that each test reads "A = B = C".
 */
const joined = (tex: string) =>
  tex
    .replace(/^\\begin\{aligned\} | \\end\{aligned\}$/g, '')
    .replaceAll(' \\\\ &= ', ' = ')
    .replace(' &= ', ' = ');

/** The equation lines for the chosen parameter, each with its TeX source and the text KaTeX shows. */
function equationLines(name: string) {
  const list = screen.getByRole('list', { name });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => ({
      item,
      tex: joined(
        item.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '',
      ),
      shown: item.querySelector('.katex-html')?.textContent ?? '',
    }));
}

/** A number as KaTeX displays it: a true minus sign instead of the hyphen. */
const displayed = (value: number, language: Language) =>
  formatValue(value, language).replace('-', '−');

function expectCleanMath(container: HTMLElement) {
  expect(container.querySelector('.katex-error, .math-error')).toBeNull();
  expect(container.textContent).not.toMatch(/NaN|Infinity/);
}

beforeEach(() => resetAppStore());

describe('LiveEquations', () => {
  it('lists every parameter in the select, starting from the store’s choice', () => {
    render(<LiveEquations />);
    const select = screen.getByRole('combobox', { name: 'Parâmetro escolhido' });
    const options = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['w₁₁', 'w₁₂', 'w₂₁', 'w₂₂', 'b₁', 'b₂', 'v₁', 'v₂', 'c']);
    expect(within(select).getByRole<HTMLOptionElement>('option', { name: 'w₁₁' }).selected).toBe(
      true,
    );
    expect(select).toHaveAccessibleDescription(
      'Escolha um peso aqui ou clicando nele no diagrama; os números são os desta iteração.',
    );
    expect(screen.getByRole('heading', { name: 'Equações ao vivo' })).toBeInTheDocument();
  });

  it('shows the symbolic chain and a waiting note before the backward pass', () => {
    const { container } = render(<LiveEquations />);
    const lines = equationLines('Regra da cadeia até w₁₁');
    expect(lines).toHaveLength(5);
    expect(
      screen.getAllByText('Os valores aparecem quando a fase correspondente for calculada.'),
    ).toHaveLength(5);
    expect(lines[3]?.tex).toBe(
      '\\frac{\\partial L}{\\partial w_{11}} = x_{1} \\cdot \\frac{\\partial L}{\\partial z_{1}}',
    );
    expectCleanMath(container);
  });

  it('substitutes the iteration’s numbers into the chosen parameter’s equations', () => {
    const { container } = render(<LiveEquations />);
    act(() => state().completeIteration());
    const { trace, parameters, updatedParameters } = state().session;
    const gradient = trace.layers[0]?.dLossDWeights[0]?.[0] as number;
    const lines = equationLines('Regra da cadeia até w₁₁');
    expect(
      screen.queryByText('Os valores aparecem quando a fase correspondente for calculada.'),
    ).toBeNull();

    const slope = lines[1];
    expect(slope?.shown).toContain(displayed(parameters[1]?.weights[0]?.[0] as number, 'pt-BR'));
    expect(slope?.shown).toContain(displayed(trace.layers[0]?.dLossDa[0] as number, 'pt-BR'));
    expect(
      within(slope?.item as HTMLElement).getByText('v de antes da atualização'),
    ).toBeInTheDocument();

    const weightGradient = lines[3];
    expect(weightGradient?.shown).toContain(displayed(trace.input[0] as number, 'pt-BR'));
    expect(weightGradient?.shown).toContain(
      displayed(trace.layers[0]?.dLossDz[0] as number, 'pt-BR'),
    );
    expect(weightGradient?.tex.endsWith(`= ${texNumber(formatValue(gradient, 'pt-BR'))}`)).toBe(
      true,
    );

    const update = lines[4];
    expect(update?.shown).toContain(displayed(parameters[0]?.weights[0]?.[0] as number, 'pt-BR'));
    expect(update?.shown).toContain(
      displayed(updatedParameters?.[0]?.weights[0]?.[0] as number, 'pt-BR'),
    );
    expectCleanMath(container);
  });

  it('writes every result at the display’s significant figures, six for a hand calculation', () => {
    const { container } = render(<LiveEquations />);
    act(() => {
      state().setSignificantFigures(6);
      state().completeIteration();
    });
    const { trace, updatedParameters } = state().session;
    const gradient = trace.layers[0]?.dLossDWeights[0]?.[0] as number;
    const updated = updatedParameters?.[0]?.weights[0]?.[0] as number;
    const lines = equationLines('Regra da cadeia até w₁₁');
    const six = (value: number) => texNumber(formatValue(value, 'pt-BR', 6));
    expect(lines[3]?.tex.endsWith(`= ${six(gradient)}`)).toBe(true);
    expect(lines[4]?.tex.endsWith(`= ${six(updated)}`)).toBe(true);
    expect(six(gradient)).not.toBe(texNumber(formatValue(gradient, 'pt-BR')));
    expect(screen.getByText(/^Resultados com 6 algarismos significativos/)).toBeInTheDocument();
    expectCleanMath(container);
  });

  it('follows the select: choosing v₁ shows ∂L/∂v₁ = a₁·∂L/∂z_o with its numbers', async () => {
    const user = userEvent.setup();
    const { container } = render(<LiveEquations />);
    act(() => state().completeIteration());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Parâmetro escolhido' }), 'v₁');
    expect(state().selected).toEqual({ layer: 1, kind: 'weight', row: 0, column: 0 });

    const { trace } = state().session;
    const lines = equationLines('Regra da cadeia até v₁');
    expect(lines).toHaveLength(3);
    expect(lines[1]?.tex).toContain('\\frac{\\partial L}{\\partial v_{1}} = a_{1} \\cdot');
    expect(lines[1]?.shown).toContain(displayed(trace.layers[0]?.a[0] as number, 'pt-BR'));
    expect(lines[1]?.shown).toContain(
      displayed(trace.layers[1]?.dLossDWeights[0]?.[0] as number, 'pt-BR'),
    );
    expect(screen.queryByText('v de antes da atualização')).toBeNull();
    expectCleanMath(container);
  });

  it('follows a choice made elsewhere, such as a click on the diagram', () => {
    render(<LiveEquations />);
    act(() => state().select({ layer: 0, kind: 'bias', row: 1, column: 0 }));
    const select = screen.getByRole('combobox', { name: 'Parâmetro escolhido' });
    expect(within(select).getByRole<HTMLOptionElement>('option', { name: 'b₂' }).selected).toBe(
      true,
    );
    expect(equationLines('Regra da cadeia até b₂')[3]?.tex).toBe(
      '\\frac{\\partial L}{\\partial b_{2}} = \\frac{\\partial L}{\\partial z_{2}}',
    );
  });

  it('writes ∂L/∂z_o = ŷ − y for cross-entropy and g′ for the chosen activation', () => {
    render(<LiveEquations />);
    act(() => state().setLoss('binaryCrossEntropy'));
    act(() => state().setActivation('tanh'));
    act(() => state().completeIteration());
    const { trace } = state().session;
    const [outputDelta, , hiddenDelta] = equationLines('Regra da cadeia até w₁₁');
    expect(outputDelta?.tex).toMatch(/^\\frac\{\\partial L\}\{\\partial z_o\} = \\hat\{y\} - y = /);
    expect(outputDelta?.tex).not.toContain("\\sigma'");
    expect(outputDelta?.shown).toContain(displayed(trace.layers[1]?.dLossDz[0] as number, 'pt-BR'));
    expect(hiddenDelta?.tex).toContain('(1 - a_{1}^2)');
  });

  it('speaks English with decimal points', () => {
    render(<LiveEquations />);
    act(() => state().setLanguage('en'));
    act(() => state().completeIteration());
    expect(screen.getByRole('combobox', { name: 'Chosen parameter' })).toBeInTheDocument();
    expect(screen.getByText('v from before the update')).toBeInTheDocument();
    const gradient = parameterGradient(state().session.trace, state().selected) as number;
    const lines = equationLines('Chain rule down to w₁₁');
    expect(lines[3]?.shown).toContain(displayed(gradient, 'en'));
    expect(lines.map((line) => line.tex).join(' ')).not.toContain('{,}');
  });

  // one test per phase, so that each stays small on a busy machine
  it.each([0, 1, 2, 3, 4, 5, 6])(
    'never shows a formula error, NaN or Infinity, for any parameter, %i phases in',
    (phases) => {
      const { container } = render(<LiveEquations />);
      act(() => state().setActivation('relu'));
      for (let phase = 0; phase < phases; phase++) act(() => state().nextPhase());
      for (const ref of allParameterRefs(state().session.spec)) {
        act(() => state().select(ref));
        expectCleanMath(container);
      }
    },
  );

  it('never shows a formula error, NaN or Infinity, after 2,000 iterations', async () => {
    const user = userEvent.setup();
    const { container } = render(<LiveEquations />);
    act(() => state().setActivation('relu'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Parâmetro escolhido' }), 'c');
    act(() => state().autoIterations(2000));
    expectCleanMath(container);
  });
});

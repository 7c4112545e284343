import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PhaseBanner } from '../../../../src/features/exercise/readouts/PhaseBanner';
import { GradientReadouts, Readouts } from '../../../../src/features/exercise/readouts/Readouts';
import { StatusMessages } from '../../../../src/features/exercise/readouts/StatusMessages';
import { datasetLoss } from '../../../../src/core/exercise/run';
import { formatValue } from '../../../../src/ui/format';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

const state = () => useAppStore.getState();

/** The <dd> beside the read-out labelled `label` (its whole text, "∂L/∂" included). */
function readout(label: string | RegExp): HTMLElement {
  const term = screen.getByText((_, element) => {
    if (element?.tagName !== 'DT') return false;
    const text = element.textContent ?? '';
    return typeof label === 'string' ? text === label : label.test(text);
  });
  return within(term.parentElement as HTMLElement).getByRole('definition');
}

beforeEach(() => resetAppStore());

describe('the read-outs', () => {
  it('reveal each number at the phase that computes it, equal to the core trace', () => {
    render(
      <>
        <Readouts />
        <GradientReadouts />
      </>,
    );
    const { trace, examples } = state().session;
    expect(readout('Época')).toHaveTextContent('0');
    expect(readout('Alvo (y)')).toHaveTextContent(formatValue(examples[0]!.target[0]!, 'pt-BR'));
    expect(readout('Saída prevista')).toHaveTextContent('ainda não calculado');
    expect(readout('Erro (MSE)')).toHaveTextContent('ainda não calculado');
    expect(readout('Erro (MSE)')).toHaveTextContent('L = ½(y − ŷ)²: metade do erro quadrático');

    act(() => state().nextPhase()); // hidden layer
    act(() => state().nextPhase()); // output
    expect(readout('Saída prevista')).toHaveTextContent(formatValue(trace.prediction[0]!, 'pt-BR'));
    expect(readout('Erro absoluto |ŷ − y|')).toHaveTextContent(
      formatValue(Math.abs(trace.prediction[0]! - examples[0]!.target[0]!), 'pt-BR'),
    );
    act(() => state().nextPhase()); // loss
    expect(readout('Erro (MSE)')).toHaveTextContent(formatValue(trace.loss, 'pt-BR'));
    expect(readout('∂L/∂v₁')).toHaveTextContent('ainda não calculado');

    act(() => state().nextPhase()); // backward, output layer
    expect(readout('∂L/∂v₁')).toHaveTextContent(
      formatValue(trace.layers[1]!.dLossDWeights[0]![0]!, 'pt-BR'),
    );
    expect(readout('∂L/∂c')).toHaveTextContent(
      formatValue(trace.layers[1]!.dLossDBiases[0]!, 'pt-BR'),
    );
    expect(readout('∂L/∂w₁₂')).toHaveTextContent('ainda não calculado');

    act(() => state().nextPhase()); // backward, hidden layer
    expect(readout('∂L/∂w₁₂')).toHaveTextContent(
      formatValue(trace.layers[0]!.dLossDWeights[0]![1]!, 'pt-BR'),
    );
    expect(readout('∂L/∂b₂')).toHaveTextContent(
      formatValue(trace.layers[0]!.dLossDBiases[1]!, 'pt-BR'),
    );
  });

  it('renames the error read-out for BCE', () => {
    act(() => state().setLoss('binaryCrossEntropy'));
    render(<Readouts />);
    expect(screen.getByText('Erro (BCE)')).toBeInTheDocument();
    expect(screen.queryByText('Erro (MSE)')).toBeNull();
  });

  it('shows the mean loss over the examples for XOR', () => {
    act(() => state().setDataset('xor'));
    render(<Readouts />);
    act(() => state().completeIteration());
    const mean = state().lossHistory.losses[0]!;
    expect(readout(/Perda média nos 4 exemplos/)).toHaveTextContent(formatValue(mean, 'pt-BR'));
  });

  // the loss history samples every 2nd iteration past 2,048 and every 16th past 16,384: the
  // read-out must show the current iteration's mean loss whatever the sampling kept
  it.each([2049, 2050, 2051, 20_001, 20_002, 20_003])(
    'shows the current mean loss after %i iterations, then after one more by hand',
    (count) => {
      act(() => {
        state().setDataset('xor');
        state().setIterationLimit(30_000);
        state().setTargetLoss(0);
      });
      render(<Readouts />);
      const meanLoss = () => readout(/Perda média nos 4 exemplos/).textContent;
      // J(θ) over the four examples at the parameters the shown iteration starts from
      const expected = () => {
        const { spec, parameters, examples } = state().session;
        return formatValue(datasetLoss(spec, parameters, examples), 'pt-BR');
      };
      act(() => state().autoIterations(count));
      expect(state().session.iteration).toBe(count - 1);
      expect(state().lossHistory.stride).toBeGreaterThan(1);
      expect(meanLoss()).toBe(expected());
      act(() => state().completeIteration());
      expect(state().session.iteration).toBe(count);
      expect(meanLoss()).toBe(expected());
    },
  );

  it('shows every number at the significant figures the display asks for', () => {
    render(
      <>
        <Readouts />
        <GradientReadouts />
      </>,
    );
    act(() => state().completeIteration());
    const { trace } = state().session;
    const gradient = trace.layers[0]!.dLossDWeights[0]![1]!;
    expect(readout('∂L/∂w₁₂').textContent).toBe(formatValue(gradient, 'pt-BR', 4));
    act(() => state().setSignificantFigures(6));
    expect(readout('∂L/∂w₁₂').textContent).toBe(formatValue(gradient, 'pt-BR', 6));
    expect(readout('Erro (MSE)').textContent).toContain(formatValue(trace.loss, 'pt-BR', 6));
    // six significant figures: the digits after the leading zeros
    const digits = formatValue(gradient, 'pt-BR', 6).replace(/^-?[0,]*|E.*$/g, '');
    expect(digits.replace(',', '')).toHaveLength(6);
  });
});

describe('the phase banner', () => {
  it('names every phase of an iteration', () => {
    render(<PhaseBanner />);
    expect(screen.getByText(/Pronto: a iteração 0 começa/)).toBeInTheDocument();
    const expected = [
      /Passo direto, camada oculta/,
      /Passo direto, saída/,
      /Perda: o erro da saída/,
      /Retropropagação, saída/,
      /Retropropagação, camada oculta/,
      /Atualização: cada parâmetro anda contra o gradiente/,
    ];
    expected.forEach((name, index) => {
      act(() => state().nextPhase());
      expect(screen.getByText(name)).toBeInTheDocument();
      expect(screen.getByText(`Iteração 0, fase ${index + 1} de 6`)).toBeInTheDocument();
    });
  });
});

describe('the status messages', () => {
  it('explains a divergence once and never prints NaN or Infinity', () => {
    const { container } = render(<StatusMessages />);
    act(() => state().setActivation('relu'));
    act(() => state().setLoss('binaryCrossEntropy'));
    for (const [layer, row, column] of [
      [0, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
      [1, 0, 1],
    ] as const) {
      act(() => state().setParameter({ layer, kind: 'weight', row, column }, 1e200));
    }
    act(() => state().startAuto());
    act(() => state().autoIterations(50));
    expect(screen.getByRole('alert')).toHaveTextContent(/O treino divergiu/);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});

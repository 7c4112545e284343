import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Section from '../../../../src/labs/loss-comparison/components/LossComparisonSection';
import {
  formatSignificant,
  mseTex,
  normalisedPoints,
  texValue,
} from '../../../../src/labs/loss-comparison/components/comparison-text';
import { formatCount, formatValue } from '../../../../src/ui/format';
import { translateWith } from '../../../../src/content/ui/messages';
import { lossComparisonMessages } from '../../../../src/labs/loss-comparison/messages';
import { useLossComparisonStore } from '../../../../src/labs/loss-comparison/store';
import { SATURATED_BIAS } from '../../../../src/labs/loss-comparison/model/loss-comparison-run';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { resetStore } from '../../reset-store';
import { stubResizeObserver } from '../../../features/exercise/loss-chart/resize-observer';
import { expectSharedVerbs } from '../../toolbar-verbs';

const store = () => useLossComparisonStore.getState();
const sentence = () => screen.getByTestId('comparison-sentence').textContent ?? '';

/** The σ′ sentence computed here from the MSE network's z in the store. */
function expectedSentence(): string {
  const z = store().snapshots.halfSquaredError.z;
  const slope = Math.exp(-z) / (1 + Math.exp(-z)) ** 2;
  return translateWith(lossComparisonMessages, 'pt-BR', 'lab.lossComparison.sentence', {
    slope: formatSignificant(slope, 'pt-BR'),
    gain: formatSignificant(1 / slope, 'pt-BR'),
  });
}

beforeEach(() => {
  resetAppStore();
  resetStore(useLossComparisonStore);
  stubResizeObserver();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('comparison text helpers', () => {
  it('writes the sentences’ numbers at three significant figures in the app’s format', () => {
    expect(formatSignificant(0.00096, 'pt-BR')).toBe('9,6·10⁻⁴');
    expect(formatSignificant(0.0123456, 'pt-BR')).toBe('0,0123');
    expect(formatSignificant(1040.4, 'pt-BR')).toBe('1,04·10³');
    expect(formatSignificant(104.17, 'en')).toBe('104');
    expect(formatSignificant(0.5, 'en')).toBe('0.5');
  });

  it('normalises each curve by its step-0 value and thins long histories', () => {
    const history = {
      halfSquaredError: Array.from({ length: 1001 }, (_, step) => 0.25 - step * 1e-4),
      binaryCrossEntropy: Array.from({ length: 1001 }, (_, step) => 3 * Math.exp(-step / 100)),
    };
    const points = normalisedPoints(history, 100);
    expect(points.length).toBeLessThanOrEqual(102);
    expect(points[0]).toEqual({ step: 0, halfSquaredError: 1, binaryCrossEntropy: 1 });
    const last = points.at(-1)!;
    expect(last.step).toBe(1000);
    expect(last.binaryCrossEntropy).toBeCloseTo(Math.exp(-10), 12);
  });

  it('writes numbers as TeX with the decimal comma braced and exponents as powers of ten', () => {
    expect(texValue(0.25, 'pt-BR')).toBe('0{,}2500');
    expect(texValue(0.25, 'en')).toBe('0.2500');
    const small = texValue(3.5e-5, 'pt-BR');
    // the mantissa's trailing zeros follow the display precision; the form is what is checked here
    expect(small).toMatch(/^3{,}50* \\cdot 10\^\{-5\}$/);
    expect(texValue(-3.5e-5, 'en')).toMatch(/^-3\.50* \\cdot 10\^\{-5\}$/);
  });
});

describe('<LossComparisonSection />', () => {
  it('shows the σ′(z) factor sentence computed from the store and the live MSE formula', () => {
    render(<Section />);
    expect(sentence()).toBe(expectedSentence());
    const mse = store().snapshots.halfSquaredError;
    // the formula carries the live numbers (KaTeX may still be loading: its TeX is on the page)
    expect(document.body.textContent).toContain(formatValue(mse.prediction, 'pt-BR'));
    expect(mseTex(mse, 'pt-BR')).toContain(texValue(mse.dLossDz, 'pt-BR'));
  });

  it('names the output as the exercise does: z_o, ŷ = σ(z_o) and the output bias c', () => {
    render(<Section />);
    expect(
      screen.getByRole('checkbox', {
        name: `Começar com a saída saturada (viés de saída c = ${SATURATED_BIAS}, ŷ ≈ 1)`,
      }),
    ).toBeChecked();
    const mse = store().snapshots.halfSquaredError;
    expect(
      within(screen.getByRole('group', { name: 'Rede treinada com MSE' })).getByText(
        `z_o = ${formatValue(mse.z, 'pt-BR')}, ŷ = σ(z_o) = ${formatValue(mse.prediction, 'pt-BR')}, y = ${mse.target}`,
      ),
    ).toBeInTheDocument();
    expect(mseTex(mse, 'pt-BR')).toContain('\\partial z_o} = (\\hat y - y)');
    expect(mseTex(mse, 'pt-BR')).toContain("_{\\sigma'(z_o)}");
    expect(screen.getByText(/descida do gradiente em lote completo .*η = 1\)/)).toBeInTheDocument();
  });

  it('speaks English with the same notation', () => {
    useAppStore.setState({ language: 'en' });
    render(<Section />);
    expect(
      screen.getByRole('checkbox', {
        name: `Start with the output saturated (output bias c = ${SATURATED_BIAS}, ŷ ≈ 1)`,
      }),
    ).toBeInTheDocument();
    expect(sentence()).toMatch(/^With MSE, ∂ℓ\/∂z_o = \(ŷ − y\)·σ′\(z_o\), with σ′\(z_o\) = /);
    expect(screen.getByText(/full-batch gradient descent .*η = 1\)/)).toBeInTheDocument();
  });

  it('one step advances both networks and the step counter', () => {
    render(<Section />);
    fireEvent.click(screen.getByRole('button', { name: 'Um passo' }));
    expect(store().step).toBe(1);
    expect(screen.getByText('Etapa 1 de 2.000')).toBeTruthy();
    expect(sentence()).toBe(expectedSentence());
  });

  it('turning the saturated start off changes the sentence', () => {
    render(<Section />);
    const saturated = sentence();
    fireEvent.click(screen.getByRole('checkbox', { name: /saída saturada/ }));
    expect(store().saturated).toBe(false);
    expect(sentence()).not.toBe(saturated);
    expect(sentence()).toBe(expectedSentence());
  });

  it('the example picker changes the example whose gradient is shown', () => {
    render(<Section />);
    fireEvent.change(screen.getByLabelText('Exemplo mostrado'), { target: { value: '1' } });
    expect(store().example).toBe(1);
    const bce = store().snapshots.binaryCrossEntropy;
    expect(bce.target).toBe(1);
    expect(sentence()).toBe(expectedSentence());
  });

  it('Train runs frames until Pause, then announces the losses once', () => {
    render(<Section />);
    fireEvent.click(screen.getByRole('button', { name: 'Treinar' }));
    act(() => {
      vi.advanceTimersByTime(100);
    });
    const step = store().step;
    expect(step).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Pausar' }));
    expect(store().running).toBe(false);
    const live = document.querySelector('.lab [aria-live="polite"]');
    expect(live?.textContent).toBe(
      translateWith(lossComparisonMessages, 'pt-BR', 'lab.lossComparison.paused', {
        step: formatCount(store().step, 'pt-BR'),
        mse: formatValue(store().snapshots.halfSquaredError.loss, 'pt-BR'),
        bce: formatValue(store().snapshots.binaryCrossEntropy.loss, 'pt-BR'),
      }),
    );
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(store().step).toBe(step);
  });

  it('the table lists both networks’ start and current loss; Reset goes back to step 0', () => {
    render(<Section />);
    act(() => store().advance(40));
    const table = screen.getByRole('table');
    const bceRow = within(table).getByRole('row', { name: /BCE/ });
    expect(bceRow.textContent).toContain(
      formatValue(store().snapshots.binaryCrossEntropy.loss, 'pt-BR'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reiniciar' }));
    expect(store().step).toBe(0);
  });

  it('stops the loop when unmounted', () => {
    const { unmount } = render(<Section />);
    fireEvent.click(screen.getByRole('button', { name: 'Treinar' }));
    unmount();
    expect(store().running).toBe(false);
  });
});

describe('its top bar', () => {
  for (const language of ['pt-BR', 'en'] as const) {
    it(`shows the shared verbs, the first one filled (${language})`, () => {
      useAppStore.getState().setLanguage(language);
      render(<Section />);
      expectSharedVerbs(
        lossComparisonMessages[language]['lab.lossComparison.title'],
        ['train', 'step', 'reset'],
        language,
      );
    });
  }
});

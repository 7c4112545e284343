import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import Section from '../../../../src/labs/vanishing-gradients/components/VanishingGradientsSection';
import {
  formatMagnitude,
  ratioText,
  verdictText,
} from '../../../../src/labs/vanishing-gradients/components/verdict-text';
import { formatCount, formatValue } from '../../../../src/ui/format';
import { roundRatio } from '../../../../src/labs/vanishing-gradients/model/gradient-norms';
import {
  EXPLODING_NORM,
  stepVerdict,
} from '../../../../src/labs/vanishing-gradients/model/vanishing-summary';
import { DEFAULT_VANISHING_CONFIG } from '../../../../src/labs/vanishing-gradients/model/vanishing';
import { translateWith } from '../../../../src/content/ui/messages';
import {
  vanishingGradientsMessages,
  type VanishingGradientsMessageKey,
} from '../../../../src/labs/vanishing-gradients/messages';
import { useVanishingGradientsStore } from '../../../../src/labs/vanishing-gradients/store';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { resetStore } from '../../reset-store';
import { stubResizeObserver } from '../../../features/exercise/loss-chart/resize-observer';

const store = () => useVanishingGradientsStore.getState();
const tr = (key: VanishingGradientsMessageKey, values?: Record<string, string | number>) =>
  translateWith(vanishingGradientsMessages, 'pt-BR', key, values);
const sentence = () => screen.getByTestId('vanishing-sentence').textContent ?? '';

/** First-over-last ratio of a run's norms at a step, computed here from the store's numbers. */
function firstOverLast(activation: 'sigmoid' | 'relu', step: number): number {
  const norms = store().runs![activation].norms[step - 1]!;
  return norms[0]! / norms[norms.length - 1]!;
}

beforeEach(() => {
  resetAppStore();
  resetStore(useVanishingGradientsStore);
  stubResizeObserver();
});

describe('ratio text', () => {
  it('writes 1/d for a small first layer and ×f for a large one, from the rounded ratio', () => {
    for (const [first, last] of [
      [0.0025, 1],
      [0.3, 1.2],
      [1, 3e7],
    ] as const) {
      const verdict = { kind: 'smaller', denominator: roundRatio(last / first) } as const;
      const expected = roundRatio(last / first);
      const shown = ratioText(verdict, 'pt-BR');
      expect(shown.startsWith('1/')).toBe(true);
      if (expected < 1e6) expect(shown).toBe(`1/${formatCount(expected, 'pt-BR')}`);
      else expect(shown).toBe(`1/${formatMagnitude(expected, 'pt-BR')}`);
    }
    const factor = roundRatio(4.2 / 0.17);
    expect(ratioText({ kind: 'larger', factor }, 'en')).toBe(`×${formatCount(factor, 'en')}`);
    expect(formatMagnitude(2.34e7, 'pt-BR')).toBe('2,34·10⁷');
    expect(formatMagnitude(3.1e-5, 'en')).toBe('3.1·10⁻⁵');
    expect(formatMagnitude(-0.0037, 'pt-BR')).toBe('−0,0037');
  });

  it('switches wording for exploding and diverged runs', () => {
    expect(verdictText({ kind: 'exploding', largest: 370.2 }, 'pt-BR', tr)).toBe(
      tr('lab.vanishingGradients.verdict.exploding', { largest: '370', limit: '10' }),
    );
    expect(verdictText({ kind: 'diverged', step: 12 }, 'pt-BR', tr)).toContain('12');
  });
});

describe('<VanishingGradientsSection />', () => {
  it('computes the runs and says the sigmoid ratio read from the norms', async () => {
    render(<Section />);
    expect(await screen.findByTestId('vanishing-sentence')).toBeTruthy();
    const ratio = firstOverLast('sigmoid', 1);
    expect(ratio).toBeLessThan(1);
    expect(sentence()).toContain(
      `com sigmoide, o gradiente da 1ª camada é 1/${formatCount(roundRatio(1 / ratio), 'pt-BR')}`,
    );
    expect(sentence()).toContain(verdictText(stepVerdict(store().runs!.relu, 1), 'pt-BR', tr));
  });

  it('changing the initialization changes the sentence', async () => {
    render(<Section />);
    await screen.findByTestId('vanishing-sentence');
    const before = sentence();
    fireEvent.change(screen.getByLabelText('Inicialização'), { target: { value: 'he' } });
    expect(store().config.scheme).toBe('he');
    const after = sentence();
    expect(after).not.toBe(before);
    const ratio = firstOverLast('sigmoid', 1);
    expect(after).toContain(`1/${formatCount(roundRatio(1 / ratio), 'pt-BR')}`);
  });

  it('in the exploding example, turning clipping on changes the sentence', async () => {
    render(<Section />);
    await screen.findByTestId('vanishing-sentence');
    fireEvent.click(screen.getByRole('button', { name: /Explodir/ }));
    const exploding = sentence();
    const largest = Math.max(...store().runs!.relu.norms[0]!);
    expect(exploding).toContain(
      `com ReLU, ${tr('lab.vanishingGradients.verdict.exploding', { largest: formatMagnitude(largest, 'pt-BR'), limit: formatCount(EXPLODING_NORM, 'pt-BR') })}`,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Recortar o gradiente' }));
    expect(store().config.clipNorm).toBe(1);
    expect(sentence()).not.toBe(exploding);
    expect(sentence()).not.toContain('o gradiente explode');
    // a new threshold is taken as typed
    fireEvent.change(screen.getByLabelText('Norma máxima c'), { target: { value: '0,5' } });
    expect(store().config.clipNorm).toBe(0.5);
  });

  it('the step slider moves the sentence and the table to another step', async () => {
    render(<Section />);
    await screen.findByTestId('vanishing-sentence');
    fireEvent.change(screen.getByRole('slider', { name: /Etapa lida/ }), {
      target: { value: '80' },
    });
    expect(store().step).toBe(80);
    expect(sentence()).toContain('Na etapa 80');
    const table = screen.getByRole('table', { name: /etapa 80/ });
    const norms = store().runs!.sigmoid.norms[79]!;
    const firstRow = within(table).getByRole('row', { name: /Camada 1/ });
    expect(firstRow.textContent).toContain(formatValue(norms[0]!, 'pt-BR'));
  });

  it('announces the new sentence when a setting changes', async () => {
    render(<Section />);
    await screen.findByTestId('vanishing-sentence');
    act(() => store().setConfig({ depth: 3 }));
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe(sentence());
  });

  it('says how it trains and what clipping, Xavier and exploding gradients do, in both languages', async () => {
    render(<Section />);
    await screen.findByTestId('vanishing-sentence');
    expect(
      screen.getByText(
        /por descida do gradiente em lote completo \(os 80 pontos a cada etapa, η = 0,2\)/,
      ),
    ).toBeInTheDocument();
    expect(DEFAULT_VANISHING_CONFIG.learningRate).toBe(0.2);
    expect(screen.getByText(/não muda a razão entre a 1ª camada e a saída/)).toBeInTheDocument();
    expect(screen.getByText(/não remove o fator σ′\(z\) ≤ ¼/)).toBeInTheDocument();
    expect(screen.getByText(/uma norma passa de 10 já na etapa 1/)).toBeInTheDocument();
    act(() => useAppStore.setState({ language: 'en' }));
    expect(
      screen.getByText(/by full-batch gradient descent \(all 80 points every step, η = 0\.2\)/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/An exploding gradient is not the same as a too-large η/),
    ).toBeInTheDocument();
    expect(sentence()).toMatch(
      /^At step 1: with sigmoid, the 1st layer’s gradient is 1\/[\d,]+ of the output layer’s/,
    );
  });

  it('draws two plots with one line per layer and a legend naming each layer', async () => {
    const { container } = render(<Section />);
    await screen.findByTestId('vanishing-sentence');
    expect(screen.getByText('Sigmoide: ‖∂J/∂W‖ por camada')).toBeTruthy();
    expect(screen.getByText('ReLU: ‖∂J/∂W‖ por camada')).toBeTruthy();
    const layers = store().config.depth + 1;
    expect(container.querySelectorAll('.recharts-line').length).toBe(2 * layers);
    const legend = container.querySelector('.vanishing-legend')!;
    expect(within(legend as HTMLElement).getAllByRole('listitem')).toHaveLength(layers);
    expect(legend.textContent).toContain('Saída');
  });
});

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import OptimizerRaceSection from '../../../../src/labs/optimizer-race/components/OptimizerRaceSection';
import {
  logTicks,
  raceChartRows,
} from '../../../../src/labs/optimizer-race/components/race-chart-data';
import { toPlot } from '../../../../src/labs/optimizer-race/components/race-geometry';
import { formatField, formatValue } from '../../../../src/ui/format';
import { optimizerPath } from '../../../../src/labs/optimizer-race/model/optimizer-paths';
import { RACE_STEPS } from '../../../../src/labs/optimizer-race/model/optimizer-race';
import { RACE_START } from '../../../../src/labs/optimizer-race/model/race-surface';
import { useOptimizerRaceStore } from '../../../../src/labs/optimizer-race/store';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { resetStore } from '../../reset-store';
import { stubResizeObserver } from '../../../features/exercise/loss-chart/resize-observer';
import { expectSharedVerbs } from '../../toolbar-verbs';
import { optimizerRaceMessages } from '../../../../src/labs/optimizer-race/messages';

/** Animation frames run only when the test flushes them, one frame at a time. */
let frames = new Map<number, FrameRequestCallback>();
let nextFrame = 1;
function flushFrames(count: number) {
  for (let index = 0; index < count; index++) {
    const pending = [...frames.values()];
    frames = new Map();
    act(() => pending.forEach((callback) => callback(0)));
  }
}

beforeEach(() => {
  resetAppStore();
  resetStore(useOptimizerRaceStore);
  stubResizeObserver();
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(nextFrame, callback);
    return nextFrame++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});

afterEach(() => vi.unstubAllGlobals());

// recharts and the core's runs take a few seconds in jsdom on a busy machine
vi.setConfig({ testTimeout: 30_000 });

const marker = () => screen.getByRole('button', { name: /^Ponto de partida em/ });
const sgdPoints = (container: HTMLElement) =>
  container.querySelector('.race-path[data-optimizer="sgd"] polyline')?.getAttribute('points');

describe('the optimizer race section', () => {
  it('steps, plays, pauses and resets with labelled buttons', () => {
    render(<OptimizerRaceSection />);
    expect(screen.getByRole('heading', { name: 'Corrida de otimizadores' })).toBeInTheDocument();
    expect(screen.getByText(`Passo 0 de ${RACE_STEPS}`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Um passo' }));
    expect(screen.getByText(`Passo 1 de ${RACE_STEPS}`)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Treinar' }));
    expect(screen.getByRole('button', { name: 'Pausar' })).toBeInTheDocument();
    flushFrames(9);
    expect(screen.getByText(`Passo 10 de ${RACE_STEPS}`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Pausar' }));
    expect(screen.getByText(/^Parado no passo 10\./)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Reiniciar' }));
    expect(screen.getByText(`Passo 0 de ${RACE_STEPS}`)).toBeInTheDocument();
  });

  it('moves the start with the arrow keys, announces it in words and redraws the paths', () => {
    const { container } = render(<OptimizerRaceSection />);
    expect(screen.getByText(/^Partida: w₁ = \u22121,50, w₂ = 2,00/)).toBeInTheDocument();
    act(() => useOptimizerRaceStore.getState().advance(10));
    const before = sgdPoints(container);
    expect(before).toBeTruthy();

    fireEvent.keyDown(marker(), { key: 'ArrowRight' });
    fireEvent.keyDown(marker(), { key: 'ArrowDown', shiftKey: true });
    expect(marker()).toHaveAccessibleName('Ponto de partida em w₁ = \u22121,40, w₂ = 1,50');
    expect(screen.getByText(/^Partida: w₁ = \u22121,40, w₂ = 1,50/)).toBeInTheDocument();
    expect(screen.getByText(`Passo 0 de ${RACE_STEPS}`)).toBeInTheDocument();

    // Enter runs from the new start; the drawn path is the core's path from there
    fireEvent.keyDown(marker(), { key: 'Enter' });
    expect(useOptimizerRaceStore.getState().running).toBe(true);
    act(() => useOptimizerRaceStore.getState().pause());
    act(() => useOptimizerRaceStore.getState().advance(10 - useOptimizerRaceStore.getState().step));
    const after = sgdPoints(container);
    expect(after).not.toBe(before);
    const expected = optimizerPath('sgd', { w1: -1.4, w2: 1.5 }, 0.01, 10).map(toPlot);
    expect(after).toBe(expected.map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '));
  });

  it('changes one learning rate from its labelled field and shows the recomputed result', () => {
    render(<OptimizerRaceSection />);
    const surface = screen.getByRole('group', { name: 'η na superfície' });
    fireEvent.change(within(surface).getByLabelText('Adam'), { target: { value: '0.05' } });
    expect(useOptimizerRaceStore.getState().surfaceRates.adam).toBe(0.05);
    act(() => useOptimizerRaceStore.getState().advance(20));
    const table = screen.getByRole('table', { name: /Caminhos na superfície, passo 20/ });
    const row = within(table).getByRole('row', { name: /^Adam/ });
    const point = optimizerPath('adam', RACE_START, 0.05, 20)[20]!;
    expect(row).toHaveTextContent(formatValue(point.loss, 'pt-BR'));
    expect(row).toHaveTextContent(formatValue(0.05, 'pt-BR'));
  });

  it.each([
    ['pt-BR', 'Caminhos na superfície, passo 20', '; '],
    ['en', 'Paths over the surface, step 20', ', '],
  ] as const)(
    'writes each %s position with the language’s separator between w₁ and w₂',
    (language, caption, separator) => {
      useAppStore.setState({ language });
      render(<OptimizerRaceSection />);
      act(() => useOptimizerRaceStore.getState().advance(20));
      const table = screen.getByRole('table', { name: new RegExp(caption) });
      const row = within(table).getByRole('row', { name: /^Momentum/ });
      const rates = useOptimizerRaceStore.getState().surfaceRates;
      const point = optimizerPath('momentum', RACE_START, rates.momentum, 20)[20]!;
      const position = `(${formatValue(point.w1, language)}${separator}${formatValue(point.w2, language)})`;
      expect(within(row).getByRole('cell', { name: position })).toBeInTheDocument();
    },
  );

  it('says the “SGD” here is plain full-batch gradient descent, in both languages', () => {
    render(<OptimizerRaceSection />);
    expect(screen.getByText(/lote completo.*θ ← θ − η·∇J/)).toBeInTheDocument();
    act(() => useAppStore.setState({ language: 'en' }));
    expect(
      screen.getByText(/full batch.*plain gradient descent, θ ← θ − η·∇J/),
    ).toBeInTheDocument();
  });

  it('says at which step a too-large η made a path diverge', () => {
    render(<OptimizerRaceSection />);
    const surface = screen.getByRole('group', { name: 'η na superfície' });
    fireEvent.change(within(surface).getByLabelText('SGD'), { target: { value: '0.1' } });
    act(() => useOptimizerRaceStore.getState().advance(10));
    // by hand: w ← w − η∇J with ∇J = (−2(1 − w₁) − 40·w₁(w₂ − w₁²), 20(w₂ − w₁²)), from (−1,5; 2)
    let [w1, w2] = [RACE_START.w1, RACE_START.w2];
    let step = 0;
    while (Math.max(Math.abs(w1), Math.abs(w2)) <= 1e6) {
      const floor = w2 - w1 * w1;
      [w1, w2] = [w1 - 0.1 * (-2 * (1 - w1) - 40 * w1 * floor), w2 - 0.1 * 20 * floor];
      step++;
    }
    expect(
      screen.getByText(
        `SGD divergiu no passo ${step} (|w| passou de 10⁶ ou a perda deixou de ser finita) e o caminho para ali: η grande demais para esta partida.`,
      ),
    ).toBeInTheDocument();
  });

  it('refuses a learning rate that is not positive and says so', () => {
    render(<OptimizerRaceSection />);
    const network = screen.getByRole('group', { name: 'η na rede (XOR)' });
    const field = within(network).getByLabelText('SGD');
    fireEvent.change(field, { target: { value: '-1' } });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(within(network).getByText(/Use um número maior que zero/)).toBeInTheDocument();
    expect(useOptimizerRaceStore.getState().networkRates.sgd).toBe(0.5);
  });

  it('draws the loss chart, a legend and a text alternative with both tables', () => {
    const { container } = render(<OptimizerRaceSection />);
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(4);
    const legend = screen.getByRole('list', { name: /Legenda/ });
    expect(within(legend).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getAllByRole('table')).toHaveLength(2);
  });
});

describe('race chart helpers', () => {
  it('covers the values with powers of ten and trims tick labels', () => {
    expect(logTicks([0.0093, 0.7])).toEqual([0.001, 0.01, 0.1, 1]);
    expect(logTicks([0.5])).toEqual([0.1, 1]);
    expect(logTicks([])).toEqual([0.01, 0.1, 1]);
    // tick labels as the chart writes them (formatField): trimmed of trailing zeros
    expect(formatField(0.1, 'pt-BR')).toBe('0,1');
    expect(formatField(4, 'en')).toBe('4');
    expect(formatField(100, 'en')).toBe('100');
    expect(formatField(1.234e-5, 'pt-BR')).toBe('1,234·10⁻⁵');
    expect(formatField(-0.25, 'pt-BR')).toBe('\u22120,25');
  });

  it('makes rows up to the step shown, leaving out what a log axis cannot draw', () => {
    const losses = { sgd: [1, 0.5, 0], momentum: [1, 2, 3], rmsprop: [1, 1, 1], adam: [1, NaN, 1] };
    const rows = raceChartRows(losses, 1);
    expect(rows).toEqual([
      { step: 0, sgd: 1, momentum: 1, rmsprop: 1, adam: 1 },
      { step: 1, sgd: 0.5, momentum: 2, rmsprop: 1 },
    ]);
    expect(raceChartRows(losses, 2)[2]).not.toHaveProperty('sgd');
  });
});

describe('its top bar', () => {
  for (const language of ['pt-BR', 'en'] as const) {
    it(`shows the shared verbs, the first one filled (${language})`, () => {
      useAppStore.getState().setLanguage(language);
      render(<OptimizerRaceSection />);
      expectSharedVerbs(
        optimizerRaceMessages[language]['lab.optimizerRace.title'],
        ['train', 'step', 'reset'],
        language,
      );
    });
  }
});

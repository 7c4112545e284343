import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LossChart } from '../../../../src/features/exercise/loss-chart/LossChart';
import { formatCount, formatValue } from '../../../../src/ui/format';
import { translate } from '../../../../src/content/ui/messages';
import { datasetLoss } from '../../../../src/core/exercise/run';
import { initialAppState, resetAppStore, useAppStore } from '../../../../src/store/store';
import { stubResizeObserver } from './resize-observer';
import { AUTO_LOG_AFTER } from '../../../../src/features/exercise/loss-chart/chart-points';

const state = () => useAppStore.getState();

/** The drawn loss curve's path, and how many points it joins. */
function curve(container: HTMLElement) {
  const path = container.querySelector('.recharts-line-curve')?.getAttribute('d') ?? '';
  return { path, points: path === '' ? 0 : path.split(/[ML]/).filter(Boolean).length };
}

/** Where a point sits between the first and the last, 0 to 1, measured along the loss axis. */
function relativeHeights(path: string): number[] {
  const heights = path
    .split(/[ML]/)
    .filter(Boolean)
    .map((pair) => Number(pair.split(',')[1]));
  const first = heights[0] as number;
  const last = heights.at(-1) as number;
  return heights.map((height) => (height - first) / (last - first));
}

const tickLabels = (container: HTMLElement, axis: 'x' | 'y') =>
  [...container.querySelectorAll(`.recharts-${axis}Axis-tick-labels text`)].map(
    (node) => node.textContent,
  );

/** The last recorded iteration and loss, straight from the store. */
function lastRecorded() {
  const { iterations, losses } = state().lossHistory;
  return {
    iteration: iterations[iterations.length - 1] as number,
    loss: losses[losses.length - 1] as number,
  };
}

function expectNoNonFinite(container: HTMLElement) {
  expect(container.textContent).not.toMatch(/NaN|Infinity/);
  expect(curve(container).path).not.toMatch(/NaN|Infinity/);
}

beforeEach(() => {
  resetAppStore();
  stubResizeObserver();
});
afterEach(() => vi.unstubAllGlobals());

describe('LossChart', () => {
  it('says where the curve will appear before any loss is computed', () => {
    const { container } = render(<LossChart />);
    expect(
      screen.getByText('A curva aparece quando a primeira perda for calculada.'),
    ).toBeInTheDocument();
    expect(curve(container).points).toBe(0);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('is titled by the chosen loss, in the chosen language', () => {
    render(<LossChart />);
    act(() => state().completeIteration());
    expect(screen.getByRole('heading', { name: 'Curva de perda (MSE)' })).toBeInTheDocument();
    act(() => state().setLoss('binaryCrossEntropy'));
    expect(screen.getByRole('heading', { name: 'Curva de perda (BCE)' })).toBeInTheDocument();
    act(() => state().setLanguage('en'));
    expect(screen.getByRole('heading', { name: 'Loss curve (BCE)' })).toBeInTheDocument();
    act(() => state().setLoss('halfSquaredError'));
    expect(screen.getByRole('heading', { name: 'Loss curve (MSE)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Loss curve (MSE)' })).toBeInTheDocument();
  });

  it('draws one point per recorded iteration and lets the iteration axis grow', () => {
    const { container } = render(<LossChart />);
    act(() => state().autoIterations(20));
    expect(curve(container).points).toBe(state().lossHistory.iterations.length);
    expect(tickLabels(container, 'x').at(-1)).toBe(formatCount(lastRecorded().iteration, 'pt-BR'));
    act(() => state().autoIterations(300));
    expect(curve(container).points).toBe(state().lossHistory.iterations.length);
    expect(tickLabels(container, 'x').at(-1)).toBe(formatCount(lastRecorded().iteration, 'pt-BR'));
    expect(
      screen.queryByText('A curva aparece quando a primeira perda for calculada.'),
    ).not.toBeInTheDocument();
    expectNoNonFinite(container);
  });

  it('never draws more than about 1,000 points, however long training runs', () => {
    const { container } = render(<LossChart />);
    act(() => state().setIterationLimit(1e6));
    act(() => state().setTargetLoss(0));
    act(() => state().autoIterations(4000));
    expect(state().lossHistory.iterations.length).toBeGreaterThan(1000);
    const { points } = curve(container);
    expect(points).toBeGreaterThan(500);
    expect(points).toBeLessThanOrEqual(1000);
    expectNoNonFinite(container);
  });

  it('keeps a linear loss axis for the first iterations, then turns logarithmic by itself', () => {
    const { container } = render(<LossChart />);
    const checkbox = screen.getByRole('checkbox', { name: 'Escala logarítmica' });
    act(() => state().autoIterations(AUTO_LOG_AFTER));
    expect(state().lossHistory.iterations).toHaveLength(AUTO_LOG_AFTER);
    expect(checkbox).not.toBeChecked();
    expect(tickLabels(container, 'y')[0]).toBe(formatValue(0, 'pt-BR', 3, 1));
    act(() => state().autoIterations(1));
    expect(checkbox).toBeChecked();
    expect(tickLabels(container, 'y')).not.toContain(formatValue(0, 'pt-BR', 3, 1));
  });

  it('lets the checkbox override the automatic scale both ways', async () => {
    const user = userEvent.setup();
    const { container } = render(<LossChart />);
    act(() => state().autoIterations(200));
    const checkbox = screen.getByRole('checkbox', { name: 'Escala logarítmica' });
    expect(checkbox).toBeChecked();
    const log = { path: curve(container).path, ticks: tickLabels(container, 'y') };

    await user.click(checkbox);
    expect(checkbox).not.toBeChecked();
    const linear = { path: curve(container).path, ticks: tickLabels(container, 'y') };
    expect(linear.ticks[0]).toBe(formatValue(0, 'pt-BR', 3, 1));
    // axis ticks are round numbers, written without trailing zeros (0,05, not 0,05000)
    for (const tick of [...linear.ticks, ...log.ticks])
      expect(tick).toMatch(/^−?\d+(,\d*[1-9])?(·10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?$/);
    expect(log.path).not.toBe(linear.path);
    // on a log axis height is linear in log(loss); on a linear axis, in the loss itself
    const losses = state().lossHistory.losses;
    const fraction = (scale: (loss: number) => number, loss: number) =>
      (scale(loss) - scale(losses[0] as number)) /
      (scale(losses.at(-1) as number) - scale(losses[0] as number));
    const middle = Math.floor(losses.length / 2);
    const identity = (loss: number) => loss;
    expect(relativeHeights(linear.path)[middle]).toBeCloseTo(
      fraction(identity, losses[middle] as number),
      6,
    );
    expect(relativeHeights(log.path)[middle]).toBeCloseTo(
      fraction(Math.log, losses[middle] as number),
      6,
    );
    expect(fraction(Math.log, losses[middle] as number)).not.toBeCloseTo(
      fraction(identity, losses[middle] as number),
      2,
    );
    expect(log.ticks).not.toContain(formatValue(0, 'pt-BR', 3, 1));
    expectNoNonFinite(container);

    // the learner's choice holds as training goes on
    act(() => state().autoIterations(50));
    expect(checkbox).not.toBeChecked();
    await user.click(checkbox);
    expect(checkbox).toBeChecked();
    expect(tickLabels(container, 'y')).not.toContain(formatValue(0, 'pt-BR', 3, 1));
  });

  it('labels the last point with its loss, in either language', () => {
    const { container } = render(<LossChart />);
    act(() => state().autoIterations(30));
    const label = () => container.querySelector('.loss-chart-last-value');
    expect(label()?.textContent).toBe(formatValue(lastRecorded().loss, 'pt-BR'));
    act(() => state().setLanguage('en'));
    act(() => state().autoIterations(3));
    expect(label()?.textContent).toBe(formatValue(lastRecorded().loss, 'en'));
    expect(label()?.getAttribute('data-iteration')).toBe(String(lastRecorded().iteration));
  });

  it('sums the curve up in a sentence and lists the latest losses in a table', async () => {
    const user = userEvent.setup();
    const { container } = render(<LossChart />);
    act(() => state().autoIterations(50));
    const { iterations, losses } = state().lossHistory;
    const sentence = translate('pt-BR', 'exercise.chart.summary', {
      count: formatCount(50, 'pt-BR'),
      first: formatValue(losses[0] as number, 'pt-BR'),
      last: formatValue(losses.at(-1) as number, 'pt-BR'),
    });
    expect(screen.getByText(sentence)).toBeInTheDocument();

    await user.click(screen.getByText('Últimos valores da perda'));
    const table = screen.getByRole('table', { name: 'As 10 perdas mais recentes registradas' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    const last = lastRecorded();
    const cells = within(rows.at(-1) as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      formatCount(last.iteration, 'pt-BR'),
      formatValue(last.loss, 'pt-BR'),
    ]);
    const first = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(first[0]?.textContent).toBe(formatCount(iterations.at(-10) as number, 'pt-BR'));
    expectNoNonFinite(container);
  });

  // past 2,048 iterations the history keeps every 2nd, past 16,384 every 16th: the summary still
  // counts every iteration run and ends at the loss of the last one
  it.each([
    { count: 3000, language: 'pt-BR' as const },
    { count: 20_000, language: 'en' as const },
    { count: 20_001, language: 'pt-BR' as const },
  ])('says $count iterations after $count iterations ($language)', ({ count, language }) => {
    act(() => {
      state().setLanguage(language);
      state().setIterationLimit(30_000);
      state().setTargetLoss(0);
    });
    render(<LossChart />);
    act(() => state().autoIterations(count));
    const { spec, examples } = state().session;
    // J(θ₀) at the start, and J at the parameters the last iteration ran from
    const first = datasetLoss(spec, initialAppState.session.parameters, examples);
    const last = datasetLoss(spec, state().session.parameters, examples);
    expect(state().lossHistory.stride).toBeGreaterThan(1);
    const sentence = translate(language, 'exercise.chart.summary', {
      count: formatCount(count, language),
      first: formatValue(first, language),
      last: formatValue(last, language),
    });
    expect(screen.getByText(sentence)).toBeInTheDocument();
  });

  it('keeps the text alternative in step with more training and with the language', async () => {
    const user = userEvent.setup();
    render(<LossChart />);
    act(() => state().autoIterations(5));
    act(() => state().setLanguage('en'));
    await user.click(screen.getByText('Latest loss values'));
    act(() => state().autoIterations(7));
    const last = lastRecorded();
    const table = screen.getByRole('table', { name: 'The 10 most recent recorded losses' });
    const cells = within(within(table).getAllByRole('row').at(-1) as HTMLElement).getAllByRole(
      'cell',
    );
    expect(cells.map((cell) => cell.textContent)).toEqual([
      formatCount(last.iteration, 'en'),
      formatValue(last.loss, 'en'),
    ]);
  });
});

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Section from '../../../../src/labs/overfitting/components/OverfittingSection';
import {
  chartRows,
  lossRange,
  niceCeiling,
  stepTicks,
} from '../../../../src/labs/overfitting/components/overfitting-chart-data';
import { summarizeRun } from '../../../../src/labs/overfitting/components/overfitting-summary';
import { formatCount, formatFixed } from '../../../../src/ui/format';
import { translateWith } from '../../../../src/content/ui/messages';
import { overfittingMessages } from '../../../../src/labs/overfitting/messages';
import { useOverfittingStore } from '../../../../src/labs/overfitting/store';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { resetStore } from '../../reset-store';
import { stubResizeObserver } from '../../../features/exercise/loss-chart/resize-observer';

const store = () => useOverfittingStore.getState();

/** The early-stopping sentence built from the store's numbers, as pt-BR shows it. */
function expectedStopSentence(): string {
  const { records, best } = store();
  const last = records.at(-1)!;
  return translateWith(overfittingMessages, 'pt-BR', 'lab.overfitting.stoppedEarly', {
    stop: formatCount(last.step, 'pt-BR'),
    bestStep: formatCount(best!.step, 'pt-BR'),
    patience: formatCount(last.step - best!.step, 'pt-BR'),
    best: formatFixed(best!.loss, 'pt-BR', 3),
    last: formatFixed(last.test, 'pt-BR', 3),
  });
}

/** Clicks Train, lets a few animation frames run, then drives the store until training stops. */
function trainToTheEnd() {
  fireEvent.click(screen.getByRole('button', { name: 'Treinar' }));
  act(() => {
    vi.advanceTimersByTime(50);
  });
  expect(store().step).toBeGreaterThan(0);
  act(() => {
    store().advance(Infinity);
  });
  expect(store().running).toBe(false);
}

beforeEach(() => {
  resetAppStore();
  resetStore(useOverfittingStore);
  stubResizeObserver();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('overfitting lab section', { timeout: 20_000 }, () => {
  it('offers every control by role and label, and shows step 0', () => {
    render(<Section />);
    expect(screen.getByRole('region', { name: 'Sobreajuste na prática' })).toBeInTheDocument();
    for (const name of ['Treinar', 'Avançar 10 passos', 'Reiniciar']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByLabelText('L2 (λ)')).toHaveValue('0');
    expect(screen.getByLabelText('Dropout (taxa p)')).toHaveValue('0');
    expect(screen.getByRole('checkbox', { name: 'Parada antecipada' })).not.toBeChecked();
    expect(screen.getByRole('spinbutton', { name: /Paciência \(passos\)/ })).toHaveValue(100);
    expect(screen.getByLabelText('Semente (dados e pesos iniciais)')).toHaveValue(3);
    expect(screen.getByRole('checkbox', { name: 'Eixo vertical logarítmico' })).toBeInTheDocument();
    const test = formatFixed(store().records[0]!.test, 'pt-BR', 3);
    expect(screen.getByText(new RegExp(`perda de teste ${test}`))).toBeInTheDocument();
  });

  it('Step trains ten steps and the table shows the store’s values', () => {
    render(<Section />);
    fireEvent.click(screen.getByRole('button', { name: 'Avançar 10 passos' }));
    const table = screen.getByRole('table', { name: 'Valores atuais' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr');
    expect(row('Passo')).toHaveTextContent(/^Passo\s*10$/);
    const current = store().current!;
    expect(row('Perda de teste')).toHaveTextContent(formatFixed(current.test, 'pt-BR', 4));
    expect(row('Perda de treino')).toHaveTextContent(formatFixed(current.train, 'pt-BR', 4));
  });

  it('with early stopping, says where it stopped, and the sentence follows the patience', () => {
    render(<Section />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Parada antecipada' }));
    const patience = screen.getByRole('spinbutton', { name: /Paciência \(passos\)/ });
    fireEvent.change(patience, { target: { value: '50' } });
    trainToTheEnd();
    expect(store().stopReason).toBe('earlyStopping');
    const first = expectedStopSentence();
    expect(first).toContain('50 passos');
    expect(screen.getByText(first)).toBeInTheDocument();

    fireEvent.change(patience, { target: { value: '150' } });
    expect(screen.queryByText(first)).not.toBeInTheDocument();
    trainToTheEnd();
    const second = expectedStopSentence();
    expect(second).not.toBe(first);
    expect(second).toContain('150 passos');
    expect(screen.getByText(second)).toBeInTheDocument();
    // the table's current test loss is the restored best
    const table = screen.getByRole('table', { name: 'Valores atuais' });
    const best = formatFixed(store().best!.loss, 'pt-BR', 4);
    expect(
      within(table).getByRole('rowheader', { name: 'Perda de teste' }).closest('tr'),
    ).toHaveTextContent(best);
  });

  it('without early stopping, marks the lowest test loss and says how much it rose', () => {
    const { container } = render(<Section />);
    trainToTheEnd();
    const { records, best } = store();
    const last = records.at(-1)!;
    expect(store().stopReason).toBe('stepLimit');
    const rise = formatFixed(last.test - best!.loss, 'pt-BR', 3);
    expect(screen.getByText(new RegExp(`subiu ${rise}`))).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`passo ${formatCount(best!.step, 'pt-BR')},`)),
    ).toBeInTheDocument();
    expect(container.querySelector('.recharts-reference-line')).not.toBeNull();
    expect(screen.getAllByText('Teste (linha tracejada)').length).toBeGreaterThan(0);
  });

  it('Pause stops the loop and the summary appears; L2 and Reset start over', () => {
    render(<Section />);
    fireEvent.click(screen.getByRole('button', { name: 'Treinar' }));
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(screen.getByText('Treinando…')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Pausar' }));
    const step = store().step;
    expect(step).toBeGreaterThan(0);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(store().step).toBe(step);
    expect(screen.queryByText('Treinando…')).not.toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('L2 (λ)'), { target: { value: '0.01' } });
    expect(store().settings.l2).toBe(0.01);
    expect(store().step).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Avançar 10 passos' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reiniciar' }));
    expect(store().step).toBe(0);
  });

  it('speaks English', () => {
    useAppStore.setState({ language: 'en' });
    render(<Section />);
    expect(screen.getByRole('region', { name: 'Overfitting in practice' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Advance 10 steps' })).toBeInTheDocument();
  });
});

describe('summary and chart helpers', () => {
  const records = [
    { step: 0, train: 0.7, test: 0.8 },
    { step: 10, train: 0.5, test: 0.4 },
    { step: 20, train: 0.3, test: 0.5 },
    { step: 30, train: 0.1, test: 0.9 },
  ];
  const best = { step: 10, loss: 0.4 };

  it('early stopping: the wait is stop step − best step', () => {
    const [sentence] = summarizeRun(records, best, 'earlyStopping');
    expect(sentence!.counts).toEqual({ stop: 30, bestStep: 10, patience: 20 });
    expect(sentence!.losses).toEqual({ best: 0.4, last: 0.9 });
  });

  it('no early stopping: the rise is the last test loss − the lowest', () => {
    const sentences = summarizeRun(records, best, 'stepLimit');
    expect(sentences.map((sentence) => sentence.key)).toEqual([
      'lab.overfitting.rose',
      'lab.overfitting.stepLimit',
    ]);
    expect(sentences[0]!.losses.rise).toBeCloseTo(0.9 - 0.4, 15);
    expect(summarizeRun(records.slice(0, 2), best, null)[0]!.key).toBe('lab.overfitting.atBest');
    expect(summarizeRun(records.slice(0, 1), best, null)[0]!.key).toBe('lab.overfitting.atStart');
    expect(summarizeRun([], null, null)).toEqual([]);
    expect(summarizeRun(records, best, 'diverged').map((sentence) => sentence.key)).toEqual([
      'lab.overfitting.rose',
      'lab.overfitting.diverged',
    ]);
  });

  it('rounds the axes up to round numbers and drops what a log axis cannot draw', () => {
    expect([0.22, 0.4325, 1, 3, 7.1].map(niceCeiling)).toEqual([0.25, 0.5, 1, 5, 10]);
    expect(stepTicks(500, 500)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(stepTicks(510, 500)).toEqual([0, 200, 400, 600]);
    expect(stepTicks(2000, 500)).toEqual([0, 500, 1000, 1500, 2000]);
    const rows = chartRows([{ step: 0, train: 0, test: 0.5 }], true);
    expect(rows).toEqual([{ step: 0, train: null, test: 0.5 }]);
    expect(lossRange(rows, true)).toEqual([0.5 / 1.25, 0.5 * 1.25]);
    expect(lossRange(chartRows(records, false), false)).toEqual([0, 1]);
  });
});

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
import { OVERFITTING_EVALUATION_INTERVAL } from '../../../../src/labs/overfitting/model/overfitting-setup';
import { expectSharedVerbs } from '../../toolbar-verbs';

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
    last: formatFixed(last.validation, 'pt-BR', 3),
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
    expect(screen.getByLabelText('Semente (dados e pesos iniciais)')).toHaveValue(68);
    expect(screen.getByRole('checkbox', { name: 'Eixo vertical logarítmico' })).toBeInTheDocument();
    const validation = formatFixed(store().records[0]!.validation, 'pt-BR', 3);
    expect(screen.getByText(new RegExp(`perda de validação ${validation}\\.`))).toBeInTheDocument();
    expect(screen.getByText(/A de teste só é medida quando o treino termina/)).toBeInTheDocument();
  });

  it('Step trains ten steps and the table shows the store’s values', () => {
    render(<Section />);
    fireEvent.click(screen.getByRole('button', { name: 'Avançar 10 passos' }));
    const table = screen.getByRole('table', { name: 'Valores atuais' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr');
    expect(row('Passo dos pesos atuais')).toHaveTextContent(/^Passo dos pesos atuais\s*10$/);
    expect(row('Passos de treino feitos')).toHaveTextContent(/^Passos de treino feitos\s*10$/);
    const current = store().current!;
    expect(row('Perda de validação')).toHaveTextContent(
      formatFixed(current.validation, 'pt-BR', 4),
    );
    expect(row('Perda de treino')).toHaveTextContent(formatFixed(current.train, 'pt-BR', 4));
    // the test set waits for the end of training
    expect(row('Perda de teste')).toHaveTextContent('medida quando o treino terminar');
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
    // the table shows the restored best step beside that step's losses, and the stop apart
    const table = screen.getByRole('table', { name: 'Valores atuais' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr');
    const { best, records, step, test } = store();
    const atBest = records.find((record) => record.step === best!.step)!;
    expect(step).toBe(best!.step + 150);
    expect(row('Passo dos pesos atuais')).toHaveTextContent(
      new RegExp(`^Passo dos pesos atuais\\s*${formatCount(best!.step, 'pt-BR')}$`),
    );
    expect(row('Passos de treino feitos')).toHaveTextContent(
      new RegExp(`^Passos de treino feitos\\s*${formatCount(step, 'pt-BR')}$`),
    );
    expect(row('Perda de validação')).toHaveTextContent(formatFixed(best!.loss, 'pt-BR', 4));
    expect(row('Perda de treino')).toHaveTextContent(formatFixed(atBest.train, 'pt-BR', 4));
    expect(row('Perda de teste')).toHaveTextContent(formatFixed(test!.loss, 'pt-BR', 4));
    // the test loss is said once, for the restored step
    expect(test!.step).toBe(best!.step);
    expect(
      screen.getByText(
        translateWith(overfittingMessages, 'pt-BR', 'lab.overfitting.testResult', {
          step: formatCount(best!.step, 'pt-BR'),
          test: formatFixed(test!.loss, 'pt-BR', 3),
        }),
      ),
    ).toBeInTheDocument();
  });

  it('without early stopping, marks the lowest validation loss and says how much it rose', () => {
    const { container } = render(<Section />);
    trainToTheEnd();
    const { records, best } = store();
    const last = records.at(-1)!;
    expect(store().stopReason).toBe('stepLimit');
    const rise = formatFixed(last.validation - best!.loss, 'pt-BR', 3);
    expect(screen.getByText(new RegExp(`subiu ${rise}`))).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`passo ${formatCount(best!.step, 'pt-BR')},`)),
    ).toBeInTheDocument();
    expect(container.querySelector('.recharts-reference-line')).not.toBeNull();
    expect(screen.getAllByText('Validação (linha tracejada)').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Treino (linha contínua)').length).toBeGreaterThan(0);
    expect(screen.getByText(/O treino chegou ao limite de 2\.000 passos/)).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`pesos do passo 2\\.000, medida uma única vez`)),
    ).toBeInTheDocument();
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
    fireEvent.click(screen.getByRole('button', { name: 'Advance 10 steps' }));
    const table = screen.getByRole('table', { name: 'Current values' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr');
    expect(row('Step of the current weights')).toHaveTextContent(/weights\s*10$/);
    expect(row('Test loss')).toHaveTextContent('measured when training ends');
    expect(screen.getAllByText('Validation (dashed line)').length).toBeGreaterThan(0);
    expect(screen.getByLabelText('L2 (λ)')).toHaveAccessibleDescription(
      /on the weights only: the biases are left out.*with Adam, which trains this network, it is not/,
    );
  });

  it('says in pt-BR that L2 leaves the biases out and is weight decay only with SGD', () => {
    render(<Section />);
    expect(screen.getByLabelText('L2 (λ)')).toHaveAccessibleDescription(
      /só nos pesos: os vieses ficam de fora.*Com SGD.*weight decay.*com o Adam, que treina esta rede, não é/,
    );
  });
});

describe('summary and chart helpers', () => {
  const records = [
    { step: 0, train: 0.7, validation: 0.8 },
    { step: 10, train: 0.5, validation: 0.4 },
    { step: 20, train: 0.3, validation: 0.5 },
    { step: 30, train: 0.1, validation: 0.9 },
  ];
  const best = { step: 10, loss: 0.4 };

  it('early stopping: the wait is stop step − best step, and the test is of the best step', () => {
    const test = { step: 10, loss: 0.45 };
    const sentences = summarizeRun(records, best, 'earlyStopping', test);
    expect(sentences.map((sentence) => sentence.key)).toEqual([
      'lab.overfitting.stoppedEarly',
      'lab.overfitting.testResult',
    ]);
    expect(sentences[0]!.counts).toEqual({ stop: 30, bestStep: 10, patience: 20 });
    expect(sentences[0]!.losses).toEqual({ best: 0.4, last: 0.9 });
    expect(sentences[1]!.counts).toEqual({ step: 10 });
    expect(sentences[1]!.losses).toEqual({ test: 0.45 });
  });

  it('no early stopping: the rise is the last validation loss − the lowest', () => {
    const sentences = summarizeRun(records, best, 'stepLimit', { step: 30, loss: 1.2 });
    expect(sentences.map((sentence) => sentence.key)).toEqual([
      'lab.overfitting.rose',
      'lab.overfitting.stepLimit',
      'lab.overfitting.testResult',
    ]);
    expect(sentences[0]!.losses.rise).toBeCloseTo(0.9 - 0.4, 15);
    expect(summarizeRun(records.slice(0, 2), best, null, null).map((s) => s.key)).toEqual([
      'lab.overfitting.atBest',
    ]);
    expect(summarizeRun(records.slice(0, 1), best, null, null).map((s) => s.key)).toEqual([
      'lab.overfitting.atStart',
    ]);
    expect(summarizeRun([], null, null, null)).toEqual([]);
    expect(summarizeRun(records, best, 'diverged', null).map((sentence) => sentence.key)).toEqual([
      'lab.overfitting.rose',
      'lab.overfitting.diverged',
    ]);
  });

  it('rounds the axes up to round numbers and drops what a log axis cannot draw', () => {
    expect([0.22, 0.4325, 1, 3, 7.1].map(niceCeiling)).toEqual([0.25, 0.5, 1, 5, 10]);
    expect(stepTicks(500, 500)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(stepTicks(510, 500)).toEqual([0, 200, 400, 600]);
    expect(stepTicks(2000, 500)).toEqual([0, 500, 1000, 1500, 2000]);
    const rows = chartRows([{ step: 0, train: 0, validation: 0.5 }], true);
    expect(rows).toEqual([{ step: 0, train: null, validation: 0.5 }]);
    expect(lossRange(rows, true)).toEqual([0.5 / 1.25, 0.5 * 1.25]);
    expect(lossRange(chartRows(records, false), false)).toEqual([0, 1]);
  });
});

describe('its top bar', () => {
  for (const language of ['pt-BR', 'en'] as const) {
    it(`shows the shared verbs, the first one filled (${language})`, () => {
      useAppStore.getState().setLanguage(language);
      render(<Section />);
      expectSharedVerbs(
        overfittingMessages[language]['lab.overfitting.title'],
        [
          'train',
          {
            label: overfittingMessages[language]['lab.overfitting.step'].replace(
              '{count}',
              formatCount(OVERFITTING_EVALUATION_INTERVAL, language),
            ),
          },
          'reset',
        ],
        language,
      );
    });
  }
});

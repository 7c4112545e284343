import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SchedulesSection from '../../../../src/labs/schedules/components/SchedulesSection';
import { scheduleRows } from '../../../../src/labs/schedules/components/schedule-series';
import { formatValue } from '../../../../src/ui/format';
import {
  compareSchedules,
  DEFAULT_SCHEDULE_SETTINGS,
} from '../../../../src/labs/schedules/model/schedule-comparison';
import { useSchedulesStore } from '../../../../src/labs/schedules/store';
import { resetAppStore } from '../../../../src/store/store';
import { resetStore } from '../../reset-store';
import { stubResizeObserver } from '../../../features/exercise/loss-chart/resize-observer';

beforeEach(() => {
  resetAppStore();
  resetStore(useSchedulesStore);
  stubResizeObserver();
});

afterEach(() => vi.unstubAllGlobals());

// recharts and the core's runs take a few seconds in jsdom on a busy machine
vi.setConfig({ testTimeout: 30_000 });

const summary = () => screen.getByText(/^Perda final após/);

describe('the learning-rate schedules section', () => {
  it('compares the four final losses in a sentence computed by the core', () => {
    const { container } = render(<SchedulesSection />);
    const runs = compareSchedules(DEFAULT_SCHEDULE_SETTINGS);
    const [constant, step, exponential, cosine] = runs.map((run) =>
      formatValue(run.losses.at(-1)!, 'pt-BR'),
    );
    expect(summary()).toHaveTextContent(
      `Constante: ${constant}; Degraus: ${step}; Exponencial: ${exponential}; Cosseno: ${cosine}`,
    );
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(8);
    expect(screen.getByRole('list', { name: /Legenda/ })).toBeInTheDocument();
  });

  it('recomputes when a schedule parameter changes in its labelled field', () => {
    render(<SchedulesSection />);
    const before = summary().textContent;
    fireEvent.change(screen.getByLabelText('Taxa k'), { target: { value: '0.05' } });
    const after = compareSchedules({ ...DEFAULT_SCHEDULE_SETTINGS, exponential: { rate: 0.05 } });
    expect(summary().textContent).not.toBe(before);
    expect(summary()).toHaveTextContent(
      `Exponencial: ${formatValue(after[2]!.losses.at(-1)!, 'pt-BR')}`,
    );
    const table = screen.getByRole('table', { name: 'Resumo por agendamento' });
    const row = within(table).getByRole('row', { name: /^Exponencial/ });
    expect(row).toHaveTextContent(formatValue(after[2]!.rates.at(-1)!, 'pt-BR'));
  });

  it('calls the cosine T a length: η reaches its minimum at t = T and stays there', () => {
    render(<SchedulesSection />);
    const group = screen.getByRole('group', {
      name: 'Cosseno: η_mín + ½(η₀ − η_mín)(1 + cos(π·min(t, T)/T))',
    });
    const length = within(group).getByLabelText(
      'Duração T (passos até o η mínimo; depois ele fica lá)',
    );
    const table = screen.getByRole('table', { name: 'Resumo por agendamento' });
    const lastRate = () =>
      within(within(table).getByRole('row', { name: /^Cosseno/ })).getAllByRole('cell')[1];
    // by hand, T = 400, η₀ = 4, η_mín = 0, last update t = 399: ½·4·(1 + cos(399π/400))
    expect(lastRate()).toHaveTextContent(
      formatValue(0.5 * 4 * (1 + Math.cos((399 * Math.PI) / 400)), 'pt-BR'),
    );
    fireEvent.change(length, { target: { value: '100' } });
    // t = 399 ≥ T = 100: η = η_mín = 0
    expect(lastRate()).toHaveTextContent(formatValue(0, 'pt-BR'));
    expect(DEFAULT_SCHEDULE_SETTINGS).toMatchObject({ baseRate: 4, steps: 400 });
  });

  it('changes η₀ for every schedule', () => {
    render(<SchedulesSection />);
    fireEvent.change(screen.getByLabelText('η₀ (todos)'), { target: { value: '1' } });
    const table = screen.getByRole('table', { name: 'Resumo por agendamento' });
    for (const name of ['Constante', 'Degraus', 'Exponencial', 'Cosseno']) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${name}`) });
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(formatValue(1, 'pt-BR'));
    }
  });

  it('refuses an invalid value, says which field, and restores the defaults', () => {
    render(<SchedulesSection />);
    const before = summary().textContent;
    const factor = screen.getByLabelText('Fator γ');
    fireEvent.change(factor, { target: { value: '2' } });
    expect(factor).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Valor recusado em “Fator γ”/)).toBeInTheDocument();
    expect(summary().textContent).toBe(before);

    fireEvent.click(screen.getByRole('button', { name: 'Restaurar padrões' }));
    expect(screen.getByLabelText('Fator γ')).toHaveValue(DEFAULT_SCHEDULE_SETTINGS.step.factor);
    expect(screen.queryByText(/Valor recusado/)).not.toBeInTheDocument();
  });
});

describe('schedule chart rows', () => {
  it('keeps at most about `limit` rows, always the first and the last step', () => {
    const values = Array.from({ length: 401 }, (_, t) => 1 / (t + 1));
    const rows = scheduleRows([{ name: 'constant', values }], true, 200);
    expect(rows.length).toBeLessThanOrEqual(202);
    expect(rows[0]).toEqual({ t: 0, constant: 1 });
    expect(rows.at(-1)).toEqual({ t: 400, constant: 1 / 401 });
    // a log axis cannot draw zero: the value is left out, the row stays
    expect(scheduleRows([{ name: 'step', values: [0, 1] }], true)).toEqual([
      { t: 0 },
      { t: 1, step: 1 },
    ]);
  });
});

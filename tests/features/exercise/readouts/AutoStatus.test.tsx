import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AUTO_STATUS_INTERVAL_MS,
  AutoStatus,
} from '../../../../src/features/exercise/readouts/AutoStatus';
import { datasetLoss } from '../../../../src/core/exercise/run';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { formatValue } from '../../../../src/ui/format';

const state = () => useAppStore.getState();

beforeEach(() => {
  resetAppStore();
  vi.useFakeTimers();
});

afterEach(() => vi.useRealTimers());

describe('the training status for screen readers', () => {
  it('is said when training starts, then at most every 5 s, and is silent when paused', () => {
    const { container } = render(<AutoStatus />);
    const status = container.querySelector('[role="status"]')!;
    expect(status).toHaveTextContent('');

    act(() => state().startAuto());
    act(() => vi.advanceTimersByTime(0));
    // J(θ₀) from the core, at the display's four significant figures
    const { spec, parameters, examples } = state().session;
    const loss = formatValue(datasetLoss(spec, parameters, examples), 'pt-BR');
    expect(loss).toMatch(/^\d,\d{3}$|^0,0*[1-9]\d{3}$/);
    expect(status).toHaveTextContent(`Treinando: iteração 0, perda ${loss}.`);

    // many iterations later, still the same words until the interval has passed
    act(() => state().autoIterations(20));
    const iteration = state().session.iteration;
    expect(iteration).toBeGreaterThan(10);
    act(() => vi.advanceTimersByTime(AUTO_STATUS_INTERVAL_MS - 1));
    expect(status).toHaveTextContent('Treinando: iteração 0,');
    act(() => vi.advanceTimersByTime(1));
    expect(status).toHaveTextContent(`Treinando: iteração ${iteration},`);

    act(() => state().pauseAuto());
    expect(status).toHaveTextContent('');
    act(() => vi.advanceTimersByTime(AUTO_STATUS_INTERVAL_MS * 3));
    expect(status).toHaveTextContent('');

    // a new run is announced at once, with the current numbers
    act(() => state().startAuto());
    act(() => vi.advanceTimersByTime(0));
    expect(status).toHaveTextContent(`Treinando: iteração ${iteration},`);
  });
});

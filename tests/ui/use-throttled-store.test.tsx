import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TICK_MS, useThrottledStore } from '../../src/ui/use-throttled-store';
import { resetAppStore, useAppStore, type AppState } from '../../src/store/store';

const selectIteration = (state: AppState) => state.session.iteration;

function Shown() {
  return <p>iteration {useThrottledStore('numbers', selectIteration)}</p>;
}

const state = () => useAppStore.getState();

beforeEach(() => {
  resetAppStore();
  vi.useFakeTimers();
});

afterEach(() => vi.useRealTimers());

describe('a view throttled while auto-training runs', () => {
  it('follows the store at once while training is paused', () => {
    render(<Shown />);
    act(() => state().completeIteration());
    act(() => state().nextPhase());
    expect(screen.getByText(`iteration ${state().session.iteration}`)).toBeInTheDocument();
    expect(state().session.iteration).toBe(1);
  });

  it('while running, holds its value until its turn, then shows the latest', () => {
    render(<Shown />);
    act(() => state().startAuto());
    act(() => state().autoIterations(5));
    expect(screen.getByText('iteration 0')).toBeInTheDocument();
    act(() => state().autoIterations(5));
    // the views take turns, one per tick: within three ticks every view has had its turn
    act(() => vi.advanceTimersByTime(3 * TICK_MS));
    expect(screen.getByText(`iteration ${state().session.iteration}`)).toBeInTheDocument();
    expect(state().session.iteration).toBe(9);
  });

  it('shows the exact state as soon as training pauses', () => {
    render(<Shown />);
    act(() => state().startAuto());
    act(() => state().autoIterations(7));
    expect(screen.getByText('iteration 0')).toBeInTheDocument();
    act(() => state().pauseAuto());
    expect(screen.getByText(`iteration ${state().session.iteration}`)).toBeInTheDocument();
    expect(state().session.iteration).toBe(6);
  });
});

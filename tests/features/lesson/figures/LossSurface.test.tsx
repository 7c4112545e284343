import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LossSurface } from '../../../../src/features/lesson/figures/LossSurface';
import { formatValue } from '../../../../src/ui/format';
import {
  descentPath,
  SURFACE_MAX_STEPS,
  SURFACE_START,
} from '../../../../src/core/figures/loss-surface';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

const OVERSHOOT = 'η grande demais: o passo ultrapassa o vale';

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The sentence describing the current point. */
const position = () => screen.getByText(/^Passo \d+ de \d+:/);

/** What that sentence must say at `step` of the core's path for `learningRate`. */
function expectedAt(learningRate: number, step: number) {
  const point = descentPath(SURFACE_START, learningRate, SURFACE_MAX_STEPS)[step]!;
  return `w₁ = ${formatValue(point.w1, 'pt-BR')}; w₂ = ${formatValue(point.w2, 'pt-BR')}; perda J = ${formatValue(point.loss, 'pt-BR')}`;
}

describe('the loss-surface figure', () => {
  it('draws the contours, the ball and a text description from the core', () => {
    const { container } = render(<LossSurface />);
    expect(screen.getByRole('img', { name: /curvas de nível da perda/ })).toBeInTheDocument();
    expect(container.querySelectorAll('.surface-band').length).toBeGreaterThan(5);
    expect(container.querySelector('.surface-ball')).not.toBeNull();
    expect(position()).toHaveTextContent(`Passo 0 de ${SURFACE_MAX_STEPS}`);
    expect(position()).toHaveTextContent(expectedAt(0.1, 0));
    expect(screen.getByRole('slider', { name: 'Taxa de aprendizado (η)' })).toHaveValue('0.1');
  });

  it('takes one gradient step per press, from the keyboard too', async () => {
    const user = userEvent.setup();
    const { container } = render(<LossSurface />);
    const next = screen.getByRole('button', { name: 'Próximo passo' });
    await user.tab();
    while (document.activeElement !== next) await user.tab();
    await user.keyboard('{Enter}');
    expect(position()).toHaveTextContent(expectedAt(0.1, 1));
    await user.keyboard(' ');
    expect(position()).toHaveTextContent(expectedAt(0.1, 2));
    expect(container.querySelectorAll('.surface-step')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(position()).toHaveTextContent(expectedAt(0.1, 0));
    expect(screen.queryByText(new RegExp(OVERSHOOT))).toBeNull();
  });

  it('warns when a large η makes the loss go up, as the core computes', async () => {
    const user = userEvent.setup();
    const path = descentPath(SURFACE_START, 0.28, 2);
    expect(path[1]!.loss).toBeGreaterThan(path[0]!.loss);

    render(<LossSurface />);
    for (let step = 0; step < 5; step++) {
      await user.click(screen.getByRole('button', { name: 'Próximo passo' }));
    }
    expect(screen.queryByText(new RegExp(OVERSHOOT))).toBeNull();

    fireEvent.change(screen.getByRole('slider', { name: 'Taxa de aprendizado (η)' }), {
      target: { value: '0.28' },
    });
    expect(screen.getByText('0,28')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(OVERSHOOT);
    expect(position()).toHaveTextContent(expectedAt(0.28, 5));
  });

  it('animates step by step and pauses', () => {
    vi.useFakeTimers();
    render(<LossSurface />);
    fireEvent.click(screen.getByRole('button', { name: 'Animar' }));
    expect(screen.getByRole('button', { name: 'Pausar' })).toHaveAttribute('aria-pressed', 'true');
    act(() => vi.advanceTimersByTime(3 * 600));
    expect(position()).toHaveTextContent('Passo 3 de');
    fireEvent.click(screen.getByRole('button', { name: 'Pausar' }));
    expect(screen.getByRole('button', { name: 'Animar' })).toHaveAttribute('aria-pressed', 'false');
    act(() => vi.advanceTimersByTime(3 * 600));
    expect(position()).toHaveTextContent('Passo 3 de');
  });

  it('shows the whole path at once when the reader prefers reduced motion', async () => {
    vi.stubGlobal(
      'matchMedia',
      (query: string) =>
        ({
          matches: query === '(prefers-reduced-motion: reduce)',
          media: query,
          addEventListener: () => {},
          removeEventListener: () => {},
        }) as unknown as MediaQueryList,
    );
    const user = userEvent.setup();
    render(<LossSurface />);
    expect(screen.queryByRole('button', { name: 'Animar' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Mostrar o caminho todo' }));
    expect(position()).toHaveTextContent(`Passo ${SURFACE_MAX_STEPS} de ${SURFACE_MAX_STEPS}`);
    expect(screen.getByRole('button', { name: 'Próximo passo' })).toBeDisabled();
  });

  it('speaks English', () => {
    useAppStore.getState().setLanguage('en');
    render(<LossSurface />);
    expect(screen.getByRole('button', { name: 'Next step' })).toBeInTheDocument();
    expect(screen.getByText(/^Step 0 of/)).toBeInTheDocument();
  });
});

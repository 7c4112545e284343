import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkDiagram } from '../../../../src/features/exercise/network-diagram/NetworkDiagram';
import { STEP_MS } from '../../../../src/features/exercise/network-diagram/motion';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

const state = () => useAppStore.getState();

/** jsdom has no Web Animations: a stand-in for element.animate that records each call. */
function stubAnimate() {
  const calls: { element: Element; keyframes: Keyframe[]; timing: KeyframeAnimationOptions }[] = [];
  const cancel = vi.fn();
  const animate = vi.fn(function (
    this: Element,
    keyframes: Keyframe[],
    timing: KeyframeAnimationOptions,
  ) {
    calls.push({ element: this, keyframes, timing });
    return { cancel, addEventListener: vi.fn() } as unknown as Animation;
  });
  Element.prototype.animate = animate as unknown as Element['animate'];
  return { calls, cancel };
}

/** matchMedia answering `reduce` for prefers-reduced-motion. */
function preferReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion: reduce'),
    media: query,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  }));
}

const original = Element.prototype.animate;
beforeEach(() => {
  resetAppStore();
  preferReducedMotion(false);
});
afterEach(() => {
  Element.prototype.animate = original;
  vi.unstubAllGlobals();
});

describe('a step shows its flow', () => {
  it('plays once, within the step’s time, on transform and opacity, for each of the six phases', () => {
    const { calls } = stubAnimate();
    const { container } = render(<NetworkDiagram />);
    act(() => state().toggleGradients());
    expect(calls).toHaveLength(0);
    for (let press = 0; press < 7; press++) {
      calls.length = 0;
      act(() => state().nextPhase());
      expect(calls.length, state().session.phase.kind).toBeGreaterThan(0);
      for (const { element, timing } of calls) {
        expect(container.contains(element) || element.tagName === 'circle').toBe(true);
        expect(timing.iterations ?? 1).toBe(1);
        expect(timing.fill).toBe('backwards');
        expect(Number(timing.delay ?? 0) + Number(timing.duration)).toBeLessThanOrEqual(STEP_MS);
      }
    }
  });

  it('forward: a pulse per edge, added under the labels and removed when it arrives', () => {
    const { calls } = stubAnimate();
    const { container } = render(<NetworkDiagram />);
    act(() => state().nextPhase());
    const pulses = container.querySelectorAll('.network-diagram__pulses circle');
    // 4 weights into the hidden layer
    expect(pulses).toHaveLength(4);
    expect(calls.filter(({ element }) => element.tagName === 'circle')).toHaveLength(4);
    // the hidden neurons' values fade in as the pulses arrive
    const revealed = calls.map(({ element }) => element.getAttribute('data-motion'));
    expect(revealed).toContain('neuron:0-0');
    expect(revealed).toContain('neuron:0-1');
  });

  it('backward: the gradients shown appear as the pulses reach them', () => {
    const { calls } = stubAnimate();
    render(<NetworkDiagram />);
    act(() => {
      state().toggleGradients();
      for (let press = 0; press < 3; press++) state().nextPhase();
    });
    calls.length = 0;
    act(() => state().nextPhase());
    const arrows = calls.filter(
      ({ element }) => element.getAttribute('data-testid') === 'gradient-arrow',
    );
    // v₁, v₂ and c
    expect(arrows).toHaveLength(3);
  });

  it('update: each edge goes from its old line to its new one', () => {
    const { calls } = stubAnimate();
    render(<NetworkDiagram />);
    act(() => {
      for (let press = 0; press < 5; press++) state().nextPhase();
    });
    calls.length = 0;
    act(() => state().nextPhase());
    const motions = calls.map(({ element }) => element.getAttribute('data-motion') ?? '');
    expect(motions.filter((motion) => motion.startsWith('edge-old:'))).toHaveLength(6);
    expect(motions.filter((motion) => motion.startsWith('edge:'))).toHaveLength(6);
    expect(motions.filter((motion) => motion.startsWith('updated:'))).toHaveLength(9);
  });
});

describe('nothing moves', () => {
  it('while auto-training runs', () => {
    const { calls } = stubAnimate();
    render(<NetworkDiagram />);
    const before = state().session;
    act(() => useAppStore.setState({ running: true }));
    act(() => state().autoPhases(1));
    // one phase on, as a press of "Próximo passo" would take
    expect(state().session.phase).toEqual({ kind: 'forward', layer: 0 });
    expect(state().session).not.toBe(before);
    act(() => state().autoIterations(3));
    expect(calls).toHaveLength(0);
  });

  it('on the first change after auto-training stops', () => {
    const { calls } = stubAnimate();
    render(<NetworkDiagram />);
    act(() => useAppStore.setState({ running: true }));
    act(() => {
      useAppStore.setState({ running: false });
      state().nextPhase();
    });
    expect(calls).toHaveLength(0);
    act(() => state().nextPhase());
    expect(calls.length).toBeGreaterThan(0);
  });

  it('when the reader prefers reduced motion', () => {
    preferReducedMotion(true);
    const { calls } = stubAnimate();
    const { container } = render(<NetworkDiagram />);
    for (let press = 0; press < 7; press++) act(() => state().nextPhase());
    expect(calls).toHaveLength(0);
    expect(container.querySelectorAll('.network-diagram__pulses circle')).toHaveLength(0);
  });

  it('on "Passo anterior", a restart or an edit', () => {
    const { calls } = stubAnimate();
    render(<NetworkDiagram />);
    act(() => {
      state().nextPhase();
      state().nextPhase();
    });
    calls.length = 0;
    act(() => state().previousPhase());
    act(() => state().reset());
    act(() => state().setParameter({ layer: 0, kind: 'weight', row: 0, column: 0 }, 0.3));
    expect(calls).toHaveLength(0);
  });

  it('and a new change stops what is still playing', () => {
    const { calls, cancel } = stubAnimate();
    render(<NetworkDiagram />);
    act(() => state().nextPhase());
    const played = calls.length;
    expect(played).toBeGreaterThan(0);
    act(() => state().previousPhase());
    expect(cancel).toHaveBeenCalledTimes(played);
  });
});

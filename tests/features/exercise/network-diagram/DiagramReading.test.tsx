import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivationName } from '../../../../src/core/types';
import { neuronNames } from '../../../../src/core/network/notation';
import {
  parameterValue,
  refKey,
  type ParameterRef,
} from '../../../../src/core/network/parameter-ref';
import { NetworkDiagram } from '../../../../src/features/exercise/network-diagram/NetworkDiagram';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { formatValue } from '../../../../src/ui/format';
import { defined } from './defined';

const state = () => useAppStore.getState();
/** Full precision, as accessible names and the details give it. */
const pt = (value: number | undefined) => formatValue(defined(value), 'pt-BR');
/** The drawing's 1 to 3 significant figures. */
const short = (value: number | undefined) => formatValue(defined(value), 'pt-BR', 3, 1);

const w21: ParameterRef = { layer: 0, kind: 'weight', row: 1, column: 0 };
const v1: ParameterRef = { layer: 1, kind: 'weight', row: 0, column: 0 };

/** A weight's edge: decoration hidden from assistive technology, found by its parameter. */
const edgeOf = (ref: ParameterRef) =>
  defined(
    screen.getAllByTestId('weight-edge').find((edge) => edge.dataset.parameter === refKey(ref)),
  );
/** A diagram button by its description: its name is the text it draws, " — ", then that. */
const labelOf = (prefix: string) =>
  screen.getByRole('button', { name: new RegExp(` — ${prefix} = `) });
const lit = (element: HTMLElement) => element.dataset.highlighted === 'true';

/** Presses "Próximo passo" until the phase is `kind` (and `layer`, for forward/backward). */
function advanceTo(kind: string, layer?: number) {
  const reached = () => {
    const phase = state().session.phase;
    return (
      phase.kind === kind && (layer === undefined || ('layer' in phase && phase.layer === layer))
    );
  };
  act(() => {
    for (let press = 0; press < 20 && !reached(); press++) state().nextPhase();
  });
  expect(reached()).toBe(true);
}

/** The share of its track a bar fills: [start, end] from its rectangles' geometry. */
function barShare(bar: HTMLElement): [number, number] {
  const track = defined(bar.querySelector('.network-diagram__bar-track') ?? undefined);
  const fill = defined(bar.querySelector('.network-diagram__bar-fill') ?? undefined);
  const x = Number(track.getAttribute('x'));
  const width = Number(track.getAttribute('width'));
  const start = (Number(fill.getAttribute('x')) - x) / width;
  return [start, start + Number(fill.getAttribute('width')) / width];
}
const barOf = (testId: string, name: string) =>
  defined(screen.getAllByTestId(testId).find((bar) => bar.dataset.name === name));

beforeEach(() => resetAppStore());

describe('reading a weight: its edge and its label light together', () => {
  it('hovering the label lights its edge and no other; leaving turns both off', async () => {
    const user = userEvent.setup();
    render(<NetworkDiagram />);
    const label = labelOf('Peso w₂₁');
    expect(lit(label)).toBe(false);
    await user.hover(label);
    expect(lit(label)).toBe(true);
    expect(lit(edgeOf(w21))).toBe(true);
    expect(lit(edgeOf(v1))).toBe(false);
    await user.unhover(label);
    expect(lit(label)).toBe(false);
    expect(lit(edgeOf(w21))).toBe(false);
  });

  it('hovering the edge lights its label and shows the weight in the details box', async () => {
    const user = userEvent.setup();
    render(<NetworkDiagram />);
    await user.hover(edgeOf(v1));
    expect(lit(labelOf('Peso v₁'))).toBe(true);
    expect(lit(labelOf('Peso w₂₁'))).toBe(false);
    expect(screen.getByRole('region', { name: /Detalhes: Peso v₁/ })).toBeInTheDocument();
    await user.unhover(edgeOf(v1));
    expect(lit(labelOf('Peso v₁'))).toBe(false);
  });

  it('focusing the label from the keyboard lights its edge until the focus moves on', async () => {
    const user = userEvent.setup();
    render(<NetworkDiagram />);
    const label = labelOf('Peso w₂₁');
    for (let presses = 0; presses < 20 && document.activeElement !== label; presses++) {
      await user.tab();
    }
    expect(label).toHaveFocus();
    expect(lit(edgeOf(w21))).toBe(true);
    await user.tab();
    expect(lit(edgeOf(w21))).toBe(false);
    expect(screen.getAllByTestId('weight-edge').filter(lit).length).toBeLessThanOrEqual(1);
  });
});

describe('the activation and loss bars', () => {
  /** Expected [start, end] of a's bar on its activation's range, from the session's numbers. */
  function expectedShare(activation: ActivationName, a: number, largest: number): [number, number] {
    const [low, high] =
      activation === 'sigmoid'
        ? [0, 1]
        : activation === 'tanh'
          ? [-1, 1]
          : activation === 'relu'
            ? [0, largest]
            : [-largest, largest];
    const share = (x: number) => Math.min(1, Math.max(0, (x - low) / (high - low)));
    return [Math.min(share(0), share(a)), Math.max(share(0), share(a))];
  }

  it.each(['sigmoid', 'tanh', 'relu'] as const)(
    '%s: every neuron’s bar spans its a on the activation’s range',
    (activation) => {
      render(<NetworkDiagram />);
      act(() => state().setActivation(activation));
      expect(screen.queryAllByTestId('activation-bar')).toHaveLength(0);
      advanceTo('loss');
      const { spec, trace } = state().session;
      // unbounded activations share one scale: the largest |a| on show
      const largest = Math.max(
        ...spec.layers.flatMap((layer, index) =>
          ['relu', 'leakyRelu', 'linear'].includes(layer.activation)
            ? (trace.layers[index]?.a ?? []).map(Math.abs)
            : [],
        ),
        0,
      );
      let checked = 0;
      spec.layers.forEach((layer, index) => {
        for (let row = 0; row < layer.size; row++) {
          const a = defined(trace.layers[index]?.a[row]);
          const [start, end] = barShare(barOf('activation-bar', `n-${index}-${row}`));
          const [expectedStart, expectedEnd] = expectedShare(layer.activation, a, largest);
          expect(start).toBeCloseTo(expectedStart, 9);
          expect(end).toBeCloseTo(expectedEnd, 9);
          checked++;
        }
      });
      expect(checked).toBe(3);
    },
  );

  it('draws the loss bar once L is computed, as L over the largest loss recorded', () => {
    render(<NetworkDiagram />);
    expect(screen.queryAllByTestId('loss-bar')).toHaveLength(0);
    act(() => {
      state().completeIteration();
      state().completeIteration();
    });
    advanceTo('loss');
    const loss = state().session.trace.loss;
    const recorded = state().lossHistory.losses;
    expect(recorded.length).toBeGreaterThan(0);
    const [start, end] = barShare(barOf('loss-bar', 'loss'));
    expect(start).toBe(0);
    expect(end).toBeCloseTo(loss / Math.max(loss, ...recorded), 9);
    expect(
      screen.getByRole('img', {
        name: `Perda L = ${pt(loss)}, alvo y = ${pt(state().session.trace.target[0])}`,
      }),
    ).toBeInTheDocument();
  });
});

describe('figures: 3 on the drawing, the display’s in names and details', () => {
  it('draws z and a with up to 3 figures and names them at full precision', async () => {
    const user = userEvent.setup();
    render(<NetworkDiagram />);
    advanceTo('forward', 0);
    const { spec, trace } = state().session;
    const z = defined(trace.layers[0]?.z[1]);
    const a = defined(trace.layers[0]?.a[1]);
    const names = neuronNames(spec, 0, 1);
    const neuron = screen.getByRole('button', { name: / — Neurônio oculto 2/ });
    expect(neuron).toHaveTextContent(`${names.z} = ${short(z)}`);
    expect(neuron).toHaveTextContent(`${names.a} = ${short(a)}`);
    expect(neuron).toHaveAccessibleName(
      `σ ${names.z} = ${short(z)} ${names.a} = ${short(a)} — ` +
        `Neurônio oculto 2: ${names.z} = ${pt(z)}, ${names.a} = ${pt(a)}`,
    );
    // the two really differ (4 figures against 3), so the test tells them apart
    expect(short(a)).not.toBe(pt(a));
    await user.hover(neuron);
    expect(screen.getByRole('region', { name: /Detalhes: Neurônio oculto 2/ })).toHaveTextContent(
      pt(a),
    );
  });

  it('draws each weight with 3 figures and names it in full, in English too', () => {
    render(<NetworkDiagram />);
    const w = defined(parameterValue(state().session.parameters, w21));
    const label = labelOf('Peso w₂₁');
    expect(label).toHaveTextContent(`w₂₁ = ${short(w)}`);
    expect(label).toHaveAccessibleName(`w₂₁ = ${short(w)} — Peso w₂₁ = ${pt(w)}`);
    act(() => state().setLanguage('en'));
    const english = labelOf('Weight w₂₁');
    expect(english).toHaveTextContent(`w₂₁ = ${formatValue(w, 'en', 3, 1)}`);
    expect(english).toHaveAccessibleName(
      `w₂₁ = ${formatValue(w, 'en', 3, 1)} — Weight w₂₁ = ${formatValue(w, 'en')}`,
    );
  });
});

/** What a button shows as text: its text nodes in order, tooltips (<title>) left out. */
function drawnText(element: Element): string {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.nodeValue ?? '');
    else if (node.nodeName !== 'title') node.childNodes.forEach(walk);
  };
  walk(element);
  return texts.join('').replace(/\s+/g, ' ').trim();
}

describe('accessible names start with the text drawn (WCAG 2.5.3)', () => {
  const languages = ['pt-BR', 'en'] as const;
  for (const language of languages) {
    it(`every diagram button, through a whole iteration with the gradients shown (${language})`, () => {
      render(<NetworkDiagram />);
      act(() => {
        state().setLanguage(language);
        state().toggleGradients();
      });
      for (let press = 0; press <= 7; press++) {
        const buttons = screen.getAllByRole('button');
        // 2 inputs, 3 neurons, 6 weights and 3 biases
        expect(buttons).toHaveLength(14);
        for (const button of buttons) {
          const drawn = drawnText(button);
          expect(drawn).not.toBe('');
          expect(button.getAttribute('aria-label')?.startsWith(`${drawn} — `), drawn).toBe(true);
        }
        act(() => state().nextPhase());
      }
    });
  }

  it('writes negative numbers with the minus sign U+2212, in the drawing and in the name', () => {
    render(<NetworkDiagram />);
    act(() => state().setParameter(w21, -0.70491));
    const label = labelOf('Peso w₂₁');
    expect(drawnText(label)).toBe('w₂₁ = −0,705');
    expect(label).toHaveAccessibleName('w₂₁ = −0,705 — Peso w₂₁ = −0,7049');
  });
});

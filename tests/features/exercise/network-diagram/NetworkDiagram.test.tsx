import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkDiagram } from '../../../../src/features/exercise/network-diagram/NetworkDiagram';
import {
  diagramLayout,
  MAXIMUM_WIDTH,
  minimumWidth,
  type Orientation,
} from '../../../../src/features/exercise/network-diagram/geometry';
import { parameterName } from '../../../../src/core/network/notation';
import { formatValue } from '../../../../src/ui/format';
import {
  allParameterRefs,
  parameterGradient,
  parameterValue,
  refKey,
  type ParameterRef,
} from '../../../../src/core/network/parameter-ref';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { defined } from './defined';

const state = () => useAppStore.getState();
/** A number as the diagram writes it in pt-BR; a missing one (undefined) fails the test. */
const pt = (value: number | undefined) => formatValue(defined(value), 'pt-BR');
/** A number as the drawing writes it in pt-BR: 1 to 3 significant figures. */
const short = (value: number | undefined) => formatValue(defined(value), 'pt-BR', 3, 1);
/** A factor after an operator, as the equations write it: negatives in parentheses. */
const factor = (value: number | undefined) => (defined(value) < 0 ? `(${pt(value)})` : pt(value));
const arrows = () => screen.queryAllByTestId('gradient-arrow');

const w12: ParameterRef = { layer: 0, kind: 'weight', row: 0, column: 1 };
const v2: ParameterRef = { layer: 1, kind: 'weight', row: 0, column: 1 };
const b1: ParameterRef = { layer: 0, kind: 'bias', row: 0, column: 0 };

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

/**
 * The button of the weight or bias described "Peso w₁₂ = …" / "Viés b₁ = …": its name starts with
 * the text it draws, then " — " and that description.
 */
const parameterButton = (prefix: string) =>
  screen.getByRole('button', { name: new RegExp(` — ${prefix} = `) });

beforeEach(() => resetAppStore());
afterEach(() => vi.unstubAllGlobals());

describe('NetworkDiagram', () => {
  it('draws the labelled 2–2–1 network with its inputs in pt-BR, comma decimals', () => {
    render(<NetworkDiagram />);
    expect(screen.getByRole('group', { name: 'Diagrama da rede 2–2–1' })).toBeInTheDocument();
    state().session.trace.input.forEach((value, index) => {
      const name = `x${'₁₂'[index]}`;
      expect(
        screen.getByRole('button', {
          name: `${name} = ${short(value)} — Entrada ${name} = ${pt(value)}`,
        }),
      ).toBeInTheDocument();
    });
    const w = parameterValue(state().session.parameters, w12) as number;
    const button = parameterButton('Peso w₁₂');
    expect(button).toHaveAccessibleName(`w₁₂ = ${short(w)} — Peso w₁₂ = ${pt(w)}`);
    // a decimal comma and four significant figures
    expect(pt(w)).toMatch(/^[-−]?\d+,\d+$/);
    expect(
      pt(w)
        .replace(/^[-−]?[0,]*/, '')
        .replace(',', ''),
    ).toHaveLength(4);
  });

  it('shows neuron values only once the forward pass reaches their layer', () => {
    render(<NetworkDiagram />);
    const hidden = () => screen.getByRole('button', { name: / — Neurônio oculto 1/ });
    const output = () => screen.getByRole('button', { name: / — Neurônio de saída/ });
    expect(hidden()).toHaveAccessibleName(
      'σ z₁ = ? a₁ = ? — Neurônio oculto 1: ainda não calculado',
    );
    advanceTo('forward', 0);
    const layer = state().session.trace.layers[0];
    expect(hidden()).toHaveAccessibleName(
      `σ z₁ = ${short(layer?.z[0])} a₁ = ${short(layer?.a[0])} — ` +
        `Neurônio oculto 1: z₁ = ${pt(layer?.z[0])}, a₁ = ${pt(layer?.a[0])}`,
    );
    expect(output()).toHaveAccessibleName(
      'σ z_o = ? ŷ = ? — Neurônio de saída: ainda não calculado',
    );
    advanceTo('forward', 1);
    const out = state().session.trace.layers[1];
    expect(output()).toHaveAccessibleName(
      `σ z_o = ${short(out?.z[0])} ŷ = ${short(out?.a[0])} — ` +
        `Neurônio de saída: z_o = ${pt(out?.z[0])}, ŷ = ${pt(out?.a[0])}`,
    );
  });

  it('draws no gradient arrow before the backward pass, the output layer first, then all 9', () => {
    render(<NetworkDiagram />);
    act(() => state().toggleGradients());
    expect(arrows()).toHaveLength(0);
    advanceTo('loss');
    expect(arrows()).toHaveLength(0);
    advanceTo('backward', 1);
    const outputRefs = allParameterRefs(state().session.spec).filter((ref) => ref.layer === 1);
    expect(
      arrows()
        .map((arrow) => arrow.dataset.parameter)
        .sort(),
    ).toEqual(outputRefs.map(refKey).sort());
    advanceTo('backward', 0);
    const refs = allParameterRefs(state().session.spec);
    expect(arrows()).toHaveLength(refs.length);
    expect(refs).toHaveLength(9);
  });

  it('points every arrow the way the update moves its parameter, with ∂L/∂θ from the trace', () => {
    render(<NetworkDiagram />);
    act(() => state().toggleGradients());
    advanceTo('backward', 0);
    const { trace, spec } = state().session;
    for (const ref of allParameterRefs(spec)) {
      const gradient = parameterGradient(trace, ref) as number;
      const arrow = arrows().find((element) => element.dataset.parameter === refKey(ref));
      expect(arrow, refKey(ref)).toBeDefined();
      expect(arrow?.dataset.gradient).toBe(String(gradient));
      const expected = gradient < 0 ? 'increase' : gradient > 0 ? 'decrease' : 'none';
      expect(arrow?.dataset.direction).toBe(expected);
      expect(within(arrow as HTMLElement).getByText(short(gradient))).toBeInTheDocument();
    }
  });

  it('hides the arrows again when "Mostrar gradientes" is turned off', () => {
    render(<NetworkDiagram />);
    advanceTo('backward', 0);
    expect(arrows()).toHaveLength(0);
    act(() => state().toggleGradients());
    expect(arrows()).toHaveLength(9);
    act(() => state().toggleGradients());
    expect(arrows()).toHaveLength(0);
  });

  it('shows a weight’s equations when it gets keyboard focus', () => {
    render(<NetworkDiagram />);
    advanceTo('backward', 0);
    act(() => parameterButton('Peso w₁₂').focus());
    const details = screen.getByRole('region', { name: /Detalhes: Peso w₁₂/ });
    const { session } = state();
    const x2 = session.trace.input[1];
    const dz1 = session.trace.layers[0]?.dLossDz[0];
    const gradient = parameterGradient(session.trace, w12) as number;
    expect(details).toHaveTextContent(
      `∂L/∂w₁₂ = x₂·∂L/∂z₁ = ${factor(x2)}·${factor(dz1)} = ${pt(gradient)}`,
    );
  });

  it('shows a neuron’s forward equation with the numbers that produced it', () => {
    render(<NetworkDiagram />);
    advanceTo('forward', 0);
    act(() => screen.getByRole('button', { name: / — Neurônio oculto 1/ }).focus());
    const { parameters, trace } = state().session;
    const [w11, w12value] = defined(parameters[0]?.weights[0]);
    const [x1, x2] = trace.input;
    const numbers = `${factor(w11)}·${factor(x1)} + ${factor(w12value)}·${factor(x2)} + ${factor(parameters[0]?.biases[0])}`;
    const details = screen.getByRole('region', { name: /Detalhes: Neurônio oculto 1/ });
    expect(details).toHaveTextContent(
      `z₁ = w₁₁·x₁ + w₁₂·x₂ + b₁ = ${numbers} = ${pt(trace.layers[0]?.z[0])}`,
    );
    expect(details).toHaveTextContent(
      `a₁ = σ(z₁) = σ(${pt(trace.layers[0]?.z[0])}) = ${pt(trace.layers[0]?.a[0])}`,
    );
  });

  it('chooses a weight for the equations on click, Enter and Space, and marks it pressed', async () => {
    const user = userEvent.setup();
    render(<NetworkDiagram />);
    await user.click(parameterButton('Peso v₂'));
    expect(state().selected).toEqual(v2);
    expect(parameterButton('Peso v₂')).toHaveAttribute('aria-pressed', 'true');
    expect(parameterButton('Peso w₁₁')).toHaveAttribute('aria-pressed', 'false');
    act(() => parameterButton('Peso w₁₂').focus());
    await user.keyboard('{Enter}');
    expect(state().selected).toEqual(w12);
    act(() => parameterButton('Viés b₁').focus());
    await user.keyboard(' ');
    expect(state().selected).toEqual(b1);
    expect(screen.getByRole('region', { name: /Detalhes: Viés b₁/ })).toBeInTheDocument();
  });

  it('shows what the pointer hovers in the details box', async () => {
    const user = userEvent.setup();
    render(<NetworkDiagram />);
    await user.hover(parameterButton('Peso v₁'));
    expect(screen.getByRole('region', { name: /Detalhes: Peso v₁/ })).toHaveTextContent(
      `v₁ = ${pt(state().session.parameters[1]?.weights[0]?.[0])}`,
    );
    await user.hover(screen.getByRole('button', { name: / — Entrada x₂/ }));
    expect(screen.getByRole('region', { name: /Detalhes: Entrada x₂/ })).toBeInTheDocument();
    expect(state().selected).not.toEqual(v2);
  });

  it('lays the drawing out for its measured width, top to bottom when left to right does not fit', () => {
    let report: (width: number) => void = () => undefined;
    class FakeResizeObserver {
      constructor(callback: (entries: { contentRect: { width: number } }[]) => void) {
        report = (width) => callback([{ contentRect: { width } }]);
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    render(<NetworkDiagram />);
    const svg = () => screen.getByRole('group', { name: /Diagrama da rede/ });
    const spec = state().session.spec;
    const size = (orientation: Orientation, width = 0) => {
      const layout = diagramLayout(spec, orientation, width);
      return `0 0 ${layout.width} ${layout.height}`;
    };
    // before it is measured: left to right at its narrowest
    expect(svg()).toHaveAttribute('viewBox', size('horizontal'));
    const narrowest = minimumWidth(spec, 'horizontal');
    act(() => report(narrowest - 1));
    expect(svg()).toHaveAttribute('viewBox', size('vertical', narrowest - 1));
    // one unit per CSS px, never wider than the vertical drawing's widest
    expect(svg()).toHaveAttribute('width', String(Math.min(narrowest - 1, MAXIMUM_WIDTH.vertical)));
    act(() => report(375));
    expect(svg()).toHaveAttribute('viewBox', size('vertical', 375));
    expect(svg()).toHaveAttribute('width', '375');
    act(() => report(narrowest + 300));
    expect(svg()).toHaveAttribute('viewBox', size('horizontal', narrowest + 300));
    expect(svg()).toHaveAttribute('width', String(narrowest + 300));
  });

  it('reaches every input, neuron, weight and bias with Tab, in forward order', async () => {
    const user = userEvent.setup();
    render(<NetworkDiagram />);
    const spec = state().session.spec;
    const stops = spec.inputSize + spec.layers.reduce((total, layer) => total + layer.size, 0);
    const names: string[] = [];
    for (let press = 0; press < stops + allParameterRefs(spec).length; press++) {
      await user.tab();
      names.push(document.activeElement?.getAttribute('aria-label') ?? '');
    }
    // in the order the forward pass computes: inputs, their weights, hidden neurons, v, the output
    const order = [
      'Entrada x₁',
      'Peso w₂₁',
      'Neurônio oculto 2',
      'Viés b₂',
      'Peso v₁',
      'Neurônio de saída',
      'Viés c',
    ];
    const positions = order.map((prefix) =>
      names.findIndex((name) => name.includes(` — ${prefix}`)),
    );
    expect(
      positions.every((position) => position >= 0),
      positions.join(),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('greys a dead ReLU unit, labels it, and draws its gradients as zero', () => {
    render(<NetworkDiagram />);
    act(() => {
      state().setActivation('relu');
      state().toggleGradients();
    });
    // a bias that makes z₁ = w₁₁x₁ + w₁₂x₂ + b₁ negative for this example
    const { parameters, trace } = state().session;
    const reach = defined(parameters[0]?.weights[0]).reduce(
      (total, w, j) => total + Math.abs(w * defined(trace.input[j])),
      0,
    );
    act(() => state().setParameter(b1, -reach - 1));
    expect(screen.queryByText(/inativo/)).not.toBeInTheDocument();
    advanceTo('forward', 0);
    expect(state().session.trace.layers[0]?.z[0]).toBeLessThanOrEqual(0);
    const neuron = screen.getByRole('button', {
      name: /^ReLU · inativo .* — Neurônio oculto 1: .*, inativo$/,
    });
    expect(neuron.closest('.network-diagram__neuron--dead')).not.toBeNull();
    expect(within(neuron).getByText('ReLU · inativo')).toBeInTheDocument();
    advanceTo('backward', 0);
    const deadRefs = allParameterRefs(state().session.spec).filter(
      (ref) => ref.layer === 0 && ref.row === 0,
    );
    for (const ref of deadRefs) {
      const arrow = arrows().find((element) => element.dataset.parameter === refKey(ref));
      expect(Number(arrow?.dataset.gradient)).toBe(0);
      expect(arrow?.dataset.direction).toBe('none');
    }
  });

  it('lights the part of the network the phase computes', () => {
    render(<NetworkDiagram />);
    advanceTo('forward', 0);
    expect(screen.getAllByTestId('phase-band')).toHaveLength(1);
    expect(screen.getByText('passo direto')).toBeInTheDocument();
    advanceTo('backward', 1);
    expect(screen.getByText('retropropagação')).toBeInTheDocument();
    advanceTo('update');
    expect(screen.getAllByTestId('phase-band')).toHaveLength(state().session.spec.layers.length);
  });

  it('shows old → new for every weight at the update', () => {
    render(<NetworkDiagram />);
    act(() => state().completeIteration());
    const { parameters, updatedParameters, spec } = state().session;
    expect(updatedParameters).not.toBeNull();
    for (const ref of allParameterRefs(spec)) {
      const oldValue = parameterValue(parameters, ref) as number;
      const newValue = parameterValue(updatedParameters ?? [], ref) as number;
      const kind = ref.kind === 'weight' ? 'Peso' : 'Viés';
      const button = parameterButton(`${kind} ${parameterName(spec, ref)}`);
      expect(button).toHaveTextContent(`${parameterName(spec, ref)} = ${short(oldValue)}`);
      expect(button).toHaveTextContent(`→ ${short(newValue)}`);
      expect(button).toHaveAccessibleName(expect.stringContaining(`= ${pt(oldValue)}`));
      expect(button).toHaveAccessibleName(expect.stringContaining(`novo valor ${pt(newValue)}`));
    }
  });

  it('offers every number in a table, as the text alternative', async () => {
    const user = userEvent.setup();
    render(<NetworkDiagram />);
    advanceTo('backward', 0);
    await user.click(screen.getByText(/Tabela de valores/));
    const { session } = state();
    const row = (name: string) =>
      screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    const gradient = parameterGradient(session.trace, w12) as number;
    const w = parameterValue(session.parameters, w12) as number;
    expect(
      within(row('w₁₂'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([pt(w), pt(gradient), 'ainda não']);
    const hidden = session.trace.layers[0];
    expect(within(row('z₂')).getAllByRole('cell')[0]).toHaveTextContent(pt(hidden?.z[1]));
    expect(within(row('a₂')).getAllByRole('cell')[1]).toHaveTextContent(pt(hidden?.dLossDa[1]));
    expect(within(row('L')).getAllByRole('cell')[0]).toHaveTextContent(pt(session.trace.loss));
  });

  it('draws 3 figures and names every number at the display’s significant figures: names, table', async () => {
    const user = userEvent.setup();
    render(<NetworkDiagram />);
    act(() => {
      state().toggleGradients();
      state().setSignificantFigures(6);
      state().completeIteration();
    });
    const { session } = state();
    const six = (value: number | undefined) => formatValue(defined(value), 'pt-BR', 6);
    const w = parameterValue(session.parameters, w12) as number;
    const gradient = parameterGradient(session.trace, w12) as number;
    const updated = parameterValue(session.updatedParameters ?? [], w12) as number;
    const button = parameterButton('Peso w₁₂');
    // the drawing: up to 3 figures whatever the display asks; the name: all 6
    expect(button).toHaveTextContent(`w₁₂ = ${short(w)}`);
    expect(button).toHaveTextContent(`→ ${short(updated)}`);
    expect(short(w)).not.toBe(six(w));
    expect(button).toHaveAccessibleName(expect.stringContaining(`= ${six(w)}`));
    expect(button).toHaveAccessibleName(expect.stringContaining(six(gradient)));
    await user.click(screen.getByText(/Tabela de valores/));
    const cells = within(
      screen.getByRole('rowheader', { name: 'w₁₂' }).closest('tr') as HTMLElement,
    ).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([six(w), six(gradient), six(updated)]);
    expect(six(gradient)).not.toBe(pt(gradient));
  });

  it('speaks English after setLanguage("en"), with point decimals', () => {
    render(<NetworkDiagram />);
    act(() => state().setLanguage('en'));
    expect(screen.getByRole('group', { name: 'Diagram of the 2–2–1 network' })).toBeInTheDocument();
    const w = parameterValue(state().session.parameters, w12) as number;
    expect(parameterButton('Weight w₁₂')).toHaveAccessibleName(
      `w₁₂ = ${formatValue(w, 'en', 3, 1)} — Weight w₁₂ = ${formatValue(w, 'en')}`,
    );
    // four significant figures, with a decimal point
    expect(formatValue(w, 'en')).toMatch(/^[-−]?\d+\.\d+$/);
    expect(
      formatValue(w, 'en')
        .replace(/^[-−]?[0.]*/, '')
        .replace('.', ''),
    ).toHaveLength(4);
    advanceTo('forward', 0);
    expect(screen.getByText('forward pass')).toBeInTheDocument();
  });

  it('never prints NaN or Infinity through a whole iteration', () => {
    const { container } = render(<NetworkDiagram />);
    act(() => state().toggleGradients());
    for (let press = 0; press < 7; press++) {
      act(() => state().nextPhase());
      expect(container.textContent).not.toMatch(/NaN|Infinity/);
    }
  });
});

// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { itemExists } from '../../../../src/features/exercise/network-diagram/diagram-item';
import {
  isDeadUnit,
  neuronValues,
  parameterValues,
} from '../../../../src/features/exercise/network-diagram/diagram-values';
import { itemEquations } from '../../../../src/features/exercise/network-diagram/equations';
import { formatValue } from '../../../../src/ui/format';
import { translate } from '../../../../src/content/ui/messages';
import {
  allParameterRefs,
  parameterGradient,
  type ParameterRef,
} from '../../../../src/core/network/parameter-ref';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { defined } from './defined';

const state = () => useAppStore.getState();
/** A number as the equations write it in pt-BR; a missing one (undefined) fails the test. */
const pt = (value: number | undefined) => formatValue(defined(value), 'pt-BR');
const factor = (value: number | undefined) => (defined(value) < 0 ? `(${pt(value)})` : pt(value));
const context = () => ({
  session: state().session,
  language: 'pt-BR' as const,
  t: (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate('pt-BR', key, values),
});
const pressNext = (times: number) => {
  for (let press = 0; press < times; press++) state().nextPhase();
};

beforeEach(() => resetAppStore());

describe('isDeadUnit', () => {
  it('is true exactly for a ReLU with z ≤ 0', () => {
    expect(isDeadUnit('relu', 0)).toBe(true);
    expect(isDeadUnit('relu', -1e-12)).toBe(true);
    expect(isDeadUnit('relu', 1e-12)).toBe(false);
    for (const activation of ['sigmoid', 'tanh', 'leakyRelu', 'linear'] as const) {
      expect(isDeadUnit(activation, -3)).toBe(false);
    }
  });
});

describe('neuronValues and parameterValues', () => {
  it('reveal a layer’s z and a with its forward phase and its gradients with its backward phase', () => {
    expect(neuronValues(state().session, 0, 0)).toEqual({ dead: false });
    pressNext(1); // forward, hidden layer
    const hidden = defined(state().session.trace.layers[0]);
    expect(neuronValues(state().session, 0, 1)).toEqual({
      z: hidden.z[1],
      a: hidden.a[1],
      dead: false,
    });
    expect(neuronValues(state().session, 1, 0)).toEqual({ dead: false });
    pressNext(3); // forward output, loss, backward output
    const output: ParameterRef = { layer: 1, kind: 'weight', row: 0, column: 0 };
    expect(parameterValues(state().session, output)?.gradient).toBe(
      parameterGradient(state().session.trace, output),
    );
    expect(parameterValues(state().session, { ...output, layer: 0 })?.gradient).toBeUndefined();
    expect(neuronValues(state().session, 0, 0).dLossDz).toBeUndefined();
  });

  it('know a dead unit only once its forward value is computed', () => {
    state().setActivation('relu');
    const { parameters, trace } = state().session;
    const reach = defined(parameters[0]?.weights[1]).reduce(
      (total, w, j) => total + Math.abs(w * defined(trace.input[j])),
      0,
    );
    state().setParameter({ layer: 0, kind: 'bias', row: 1, column: 0 }, -reach - 0.5);
    expect(neuronValues(state().session, 0, 1).dead).toBe(false);
    pressNext(1);
    expect(neuronValues(state().session, 0, 1).dead).toBe(true);
    expect(neuronValues(state().session, 0, 0).dead).toBe(
      defined(state().session.trace.layers[0]?.z[0]) <= 0,
    );
  });
});

describe('itemEquations', () => {
  it('write the output’s backward step with the numbers of the trace', () => {
    pressNext(4); // through backward of the output layer
    const { trace } = state().session;
    const output = defined(trace.layers[1]);
    const lines = itemEquations({ kind: 'neuron', layer: 1, row: 0 }, context());
    const y = trace.target[0];
    const yHat = defined(output.a[0]);
    const slope = yHat * (1 - yHat);
    expect(lines).toContain(
      `∂L/∂ŷ = ŷ − y = ${pt(yHat)} − ${factor(y)} = ${pt(output.dLossDa[0])}`,
    );
    expect(lines).toContain(
      `∂L/∂z_o = ∂L/∂ŷ·σ′(z_o) = ${factor(output.dLossDa[0])}·${factor(slope)} = ${pt(output.dLossDz[0])}`,
    );
  });

  it('write the hidden ∂L/∂a with the v from before the update', () => {
    pressNext(5); // through backward of the hidden layer
    const { trace, parameters } = state().session;
    const [v1] = defined(parameters[1]?.weights[0]);
    const lines = itemEquations({ kind: 'neuron', layer: 0, row: 0 }, context());
    expect(lines).toContain(
      `∂L/∂a₁ = v₁·∂L/∂z_o = ${factor(v1)}·${factor(trace.layers[1]?.dLossDz[0])} = ${pt(trace.layers[0]?.dLossDa[0])}`,
    );
  });

  it('write every parameter’s update θ ← θ − η·∂L/∂θ at the update phase', () => {
    state().completeIteration();
    const { session } = state();
    for (const ref of allParameterRefs(session.spec)) {
      const values = parameterValues(session, ref);
      const lines = itemEquations({ kind: 'parameter', ref }, context());
      const update = lines.find((line) => line.includes('←')) ?? '';
      // θ − η·g = θ′: θ′ as the diagram shows it, the operands rounded from θ, η and g with at
      // least four figures (more where four would not give θ′ back by hand)
      const match = /= (\S+) − (\S+)·(\S+) = (\S+)$/.exec(update);
      expect(match, update).not.toBeNull();
      const [, before = '', rate = '', gradient = '', after = ''] = match ?? [];
      expect(after).toBe(pt(values?.updated));
      // a number as written: parentheses off, a decimal comma, a minus sign (U+2212) or hyphen
      const read = (text: string) =>
        Number(text.replace(/[()]/g, '').replace(',', '.').replace('\u2212', '-'));
      const unit = (text: string) => 10 ** -(text.replace(/[()]/g, '').split(',')[1]?.length ?? 0);
      expect(Math.abs(read(before) - defined(values?.value))).toBeLessThanOrEqual(unit(before) / 2);
      expect(read(rate)).toBe(session.learningRate);
      expect(Math.abs(read(gradient) - defined(values?.gradient))).toBeLessThanOrEqual(
        unit(gradient) / 2,
      );
      const byHand = read(before) - read(rate) * read(gradient);
      expect(Math.abs(byHand - read(after))).toBeLessThanOrEqual(unit(after) / 2);
    }
  });

  it('wait for the phase that computes the values', () => {
    const lines = itemEquations({ kind: 'neuron', layer: 0, row: 0 }, context());
    expect(lines).toEqual([translate('pt-BR', 'diagram.forwardWaiting')]);
  });
});

describe('itemExists', () => {
  it('accepts exactly the items of the network', () => {
    const { spec } = state().session;
    for (const ref of allParameterRefs(spec))
      expect(itemExists(spec, { kind: 'parameter', ref })).toBe(true);
    expect(
      itemExists(spec, { kind: 'parameter', ref: { layer: 1, kind: 'weight', row: 1, column: 0 } }),
    ).toBe(false);
    expect(itemExists(spec, { kind: 'neuron', layer: 2, row: 0 })).toBe(false);
    expect(itemExists(spec, { kind: 'input', row: spec.inputSize })).toBe(false);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { equationLines } from '../../../../src/features/exercise/equations/equation-lines';
import type { ParameterRef } from '../../../../src/core/network/parameter-ref';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

const state = () => useAppStore.getState();

beforeEach(() => resetAppStore());

describe('equationLines as the phases reveal the values', () => {
  const known = (ref: ParameterRef) =>
    equationLines(state().session, ref, 'pt-BR').map(
      (line) => `${line.id}:${line.numbers !== null}`,
    );
  const w12 = { layer: 0, kind: 'weight', row: 0, column: 1 } as const;
  const v2 = { layer: 1, kind: 'weight', row: 0, column: 1 } as const;

  it('shows only symbols until the backward pass computes each value', () => {
    const phaseName = () => {
      const phase = state().session.phase;
      return 'layer' in phase ? `${phase.kind}${phase.layer}` : phase.kind;
    };
    const seen: Record<string, { w12: string[]; v2: string[] }> = {};
    for (let press = 0; press < 6; press++) {
      seen[phaseName()] = { w12: known(w12), v2: known(v2) };
      state().nextPhase();
    }
    seen.update = { w12: known(w12), v2: known(v2) };
    const hiddenChain = (output: boolean, hiddenLayer: boolean, update: boolean) => [
      `outputDelta:${output}`,
      `hiddenSlope:${hiddenLayer}`,
      `hiddenDelta:${hiddenLayer}`,
      `gradient:${hiddenLayer}`,
      `update:${update}`,
    ];
    const outputChain = (output: boolean, update: boolean) => [
      `outputDelta:${output}`,
      `gradient:${output}`,
      `update:${update}`,
    ];
    expect(seen).toEqual({
      ready: { w12: hiddenChain(false, false, false), v2: outputChain(false, false) },
      forward0: { w12: hiddenChain(false, false, false), v2: outputChain(false, false) },
      forward1: { w12: hiddenChain(false, false, false), v2: outputChain(false, false) },
      loss: { w12: hiddenChain(false, false, false), v2: outputChain(false, false) },
      backward1: { w12: hiddenChain(true, false, false), v2: outputChain(true, false) },
      backward0: { w12: hiddenChain(true, true, false), v2: outputChain(true, false) },
      update: { w12: hiddenChain(true, true, true), v2: outputChain(true, true) },
    });
  });

  it('writes the lesson’s symbolic chain for w₁₂ and the course loss with sigmoid', () => {
    const lines = equationLines(state().session, w12, 'pt-BR');
    expect(lines.map((line) => line.symbolic)).toEqual([
      "\\frac{\\partial L}{\\partial z_o} = (\\hat{y} - y) \\cdot \\sigma'(z_o) = (\\hat{y} - y) \\cdot \\hat{y}\\,(1 - \\hat{y})",
      '\\frac{\\partial L}{\\partial a_{1}} = v_{1} \\cdot \\frac{\\partial L}{\\partial z_o}',
      "\\frac{\\partial L}{\\partial z_{1}} = \\frac{\\partial L}{\\partial a_{1}} \\cdot g'(z_{1}) = \\frac{\\partial L}{\\partial a_{1}} \\cdot a_{1}\\,(1 - a_{1})",
      '\\frac{\\partial L}{\\partial w_{12}} = x_{2} \\cdot \\frac{\\partial L}{\\partial z_{1}}',
      'w_{12}^{(t+1)} = w_{12}^{(t)} - \\eta \\cdot \\frac{\\partial L}{\\partial w_{12}}',
    ]);
    expect(lines.every((line) => line.numbers === null)).toBe(true);
  });

  it('returns no lines for a parameter outside the 2–2–1 net', () => {
    expect(
      equationLines(state().session, { layer: 3, kind: 'bias', row: 0, column: 0 }, 'pt-BR'),
    ).toEqual([]);
  });
});

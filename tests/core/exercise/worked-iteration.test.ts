import { describe, expect, it } from 'vitest';
import { exerciseSpec } from '../../../src/core/exercise/config';
import { HAND_CALCULATION_SETUP } from '../../../src/core/exercise/hand-calculation';
import { completeIteration, startSession } from '../../../src/core/exercise/session';
import { workedIteration } from '../../../src/core/exercise/worked-iteration';

const start = () =>
  startSession(
    exerciseSpec('sigmoid', 'halfSquaredError'),
    [{ input: [1, 0.5], target: [1] }],
    HAND_CALCULATION_SETUP.parameters!,
    0.5,
  );

describe('the worked iteration', () => {
  it('writes every computation in phase order, each operand slot filled', () => {
    const steps = workedIteration(start());
    const phases = steps.map((step) => step.phase);
    expect(phases.indexOf('loss')).toBeGreaterThan(phases.lastIndexOf('forward'));
    expect(phases.indexOf('backward')).toBeGreaterThan(phases.indexOf('loss'));
    expect(phases.indexOf('update')).toBeGreaterThan(phases.lastIndexOf('backward'));
    // 6 forward, 1 loss, 1 + 3 + 2·(2 + 2 + 1) backward, 9 parameters updated
    expect(steps.length).toBe(6 + 1 + 14 + 9);
    for (const step of steps) {
      const slots = [...step.substituted.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
      expect(Math.max(...slots)).toBe(step.operands.length - 1);
    }
  });

  it('states the results the session shows: the trace and the update', () => {
    const session = start();
    const steps = workedIteration(session);
    const result = (formula: string) => steps.find((step) => step.formula.startsWith(formula))!;
    const [hidden, output] = session.trace.layers;
    expect(result('z₁ =').result).toBe(hidden!.z[0]);
    expect(result('z₁ =').operands).toEqual([0.5, 1, -0.3, 0.5, 0.1]);
    expect(result('ŷ =').result).toBe(session.trace.prediction[0]);
    expect(result('L =').result).toBe(session.trace.loss);
    expect(result('∂L/∂z_o').result).toBe(output!.dLossDz[0]);
    expect(result('∂L/∂w₂₂').result).toBe(hidden!.dLossDWeights[1]![1]);
    const updated = completeIteration(session).updatedParameters!;
    expect(result('v₁ ←').result).toBe(updated[1]!.weights[0]![0]);
    expect(result('b₂ ←').result).toBe(updated[0]!.biases[1]);
    // the substitution reproduces the result: z₁ = 0.5·1 + (−0.3)·0.5 + 0.1
    const [w, x1, w2, x2, b] = result('z₁ =').operands as [number, number, number, number, number];
    expect(w * x1 + w2 * x2 + b).toBeCloseTo(result('z₁ =').result, 12);
  });
});

import { describe, expect, it } from 'vitest';
import { exerciseSpec } from '../../../src/core/exercise/config';
import {
  HAND_CALCULATION_SETUP,
  HAND_CALCULATION_VALUES,
  handCalculationKey,
  handCalculationKeys,
  handValueRevealed,
} from '../../../src/core/exercise/hand-calculation';
import { revealedAt } from '../../../src/core/exercise/phases';
import { nextPhase, startSession, type ExerciseSession } from '../../../src/core/exercise/session';
import type { Example } from '../../../src/core/types';

const setup = HAND_CALCULATION_SETUP;

function handSession(): ExerciseSession {
  const example = setup.lessonExample as Example;
  return startSession(
    exerciseSpec(setup.activation, setup.loss),
    [example],
    setup.parameters!,
    setup.learningRate,
  );
}

/** Steps until the phase is `kind` (and layer, for forward/backward). */
function stepTo(session: ExerciseSession, kind: string, layer?: number): ExerciseSession {
  let current = session;
  for (let guard = 0; guard < 20; guard++) {
    const phase = current.phase;
    if (phase.kind === kind && (layer === undefined || ('layer' in phase && phase.layer === layer)))
      return current;
    current = nextPhase(current);
  }
  throw new Error(`never reached ${kind}`);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('hand-calculation mode', () => {
  it('starts from round numbers of one decimal, η = 0.5 and the lesson example', () => {
    const values = setup.parameters!.flatMap((layer) => [...layer.weights.flat(), ...layer.biases]);
    for (const value of values) expect(Math.round(value * 10) / 10).toBe(value);
    expect(setup.learningRate).toBe(0.5);
    expect(setup.lessonExample).toEqual({ input: [1, 0.5], target: [1] });
    expect(setup).toMatchObject({ activation: 'sigmoid', loss: 'halfSquaredError' });
  });

  it('gives the values a learner computes by hand, every one of them non-trivial', () => {
    // forward and backward by hand, from the setup's own numbers
    const [[w11, w12], [w21, w22]] = setup.parameters![0]!.weights as [number[], number[]];
    const [b1, b2] = setup.parameters![0]!.biases as [number, number];
    const [v1, v2] = setup.parameters![1]!.weights[0] as [number, number];
    const c = setup.parameters![1]!.biases[0] as number;
    const [x1, x2] = [1, 0.5];
    const a1 = sigmoid(w11! * x1 + w12! * x2 + b1);
    const a2 = sigmoid(w21! * x1 + w22! * x2 + b2);
    const yHat = sigmoid(v1 * a1 + v2 * a2 + c);
    const outputDelta = (yHat - 1) * yHat * (1 - yHat);
    const hiddenSlope = v1 * outputDelta;
    const weightGradient = x1 * hiddenSlope * a1 * (1 - a1);
    const updatedWeight = v1 - 0.5 * a1 * outputDelta;

    const keys = handCalculationKeys(handSession());
    expect(keys.outputDelta).toBeCloseTo(outputDelta, 12);
    expect(keys.hiddenSlope).toBeCloseTo(hiddenSlope, 12);
    expect(keys.weightGradient).toBeCloseTo(weightGradient, 12);
    expect(keys.updatedWeight).toBeCloseTo(updatedWeight, 12);
    for (const value of Object.values(keys)) expect(Math.abs(value)).toBeGreaterThan(1e-3);
    expect(keys.updatedWeight).not.toBe(v1);
  });

  it('reads each key from the session trace, and the new v₁ agrees with the update phase', () => {
    const start = handSession();
    const keys = handCalculationKeys(start);
    expect(keys.outputDelta).toBe(start.trace.layers[1]!.dLossDz[0]);
    expect(keys.hiddenSlope).toBe(start.trace.layers[0]!.dLossDa[0]);
    expect(keys.weightGradient).toBe(start.trace.layers[0]!.dLossDWeights[0]![0]);
    const update = stepTo(start, 'update');
    expect(update.updatedParameters![1]!.weights[0]![0]).toBe(keys.updatedWeight);
    expect(handCalculationKey(update, 'updatedWeight')).toBe(keys.updatedWeight);
    // the next iteration's keys come from its own trace
    const next = nextPhase(update);
    expect(next.iteration).toBe(1);
    expect(handCalculationKey(next, 'outputDelta')).toBe(next.trace.layers[1]!.dLossDz[0]);
    expect(handCalculationKey(next, 'outputDelta')).not.toBe(keys.outputDelta);
  });

  it('reveals each value at the phase that shows it: ∂L/∂z_o, then ∂L/∂a₁ and ∂L/∂w₁₁, then v₁', () => {
    const open = (session: ExerciseSession) =>
      HAND_CALCULATION_VALUES.filter(
        (value) => !handValueRevealed(value, revealedAt(session.phase, 2)),
      );
    const start = handSession();
    expect(open(start)).toEqual([...HAND_CALCULATION_VALUES]);
    expect(open(stepTo(start, 'loss'))).toEqual([...HAND_CALCULATION_VALUES]);
    expect(open(stepTo(start, 'backward', 1))).toEqual([
      'hiddenSlope',
      'weightGradient',
      'updatedWeight',
    ]);
    expect(open(stepTo(start, 'backward', 0))).toEqual(['updatedWeight']);
    expect(open(stepTo(start, 'update'))).toEqual([]);
  });
});

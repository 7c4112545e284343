import { describe, expect, it } from 'vitest';
import { exerciseSpec, type ExerciseActivation } from '../../../src/core/exercise/config';
import {
  HAND_CALCULATION_SETUP,
  handCalculationKey,
} from '../../../src/core/exercise/hand-calculation';
import {
  predictionAsked,
  predictionRevealed,
  weightAgeInBackward,
  weightDirection,
  zeroGradientKeys,
  zeroGradients,
} from '../../../src/core/exercise/predictions';
import {
  completeIteration,
  startSession,
  type ExerciseSession,
} from '../../../src/core/exercise/session';
import { createRng } from '../../../src/core/rng';
import type { NetworkParameters } from '../../../src/core/types';

function session(
  parameters: NetworkParameters,
  activation: ExerciseActivation = 'sigmoid',
  input: number[] = [1, 0.5],
  target = 1,
  learningRate = 0.5,
): ExerciseSession {
  return startSession(
    exerciseSpec(activation, 'halfSquaredError'),
    [{ input, target: [target] }],
    parameters,
    learningRate,
  );
}

function net(w: number[][], b: number[], v: number[], c: number): NetworkParameters {
  return [
    { weights: w, biases: b },
    { weights: [v], biases: [c] },
  ];
}

const v1Of = (parameters: NetworkParameters) => parameters[1]!.weights[0]![0]!;

describe('predictions keyed by the live state', () => {
  it('v₁ moves the way the prediction says, over many random networks and targets', () => {
    const rng = createRng(7);
    const seen = new Set<string>();
    for (let trial = 0; trial < 200; trial++) {
      const r = () => rng() * 2 - 1;
      const start = session(
        net(
          [
            [r(), r()],
            [r(), r()],
          ],
          [r(), r()],
          [r(), r()],
          r(),
        ),
        (['sigmoid', 'tanh', 'relu'] as const)[trial % 3],
        [r(), r()],
        trial % 2,
      );
      const predicted = weightDirection(start);
      const after = v1Of(completeIteration(start).updatedParameters!);
      const actual =
        after > v1Of(start.parameters)
          ? 'up'
          : after < v1Of(start.parameters)
            ? 'down'
            : 'unchanged';
      expect(predicted).toBe(actual);
      seen.add(predicted);
    }
    // both directions occur (and "unchanged", from dead ReLU units)
    expect(seen.has('up') && seen.has('down')).toBe(true);
  });

  it('says "unchanged" when ∂L/∂v₁ is exactly 0 (a dead ReLU unit: a₁ = 0)', () => {
    const dead = session(
      net(
        [
          [-1, -1],
          [0.5, 0.5],
        ],
        [0, 0],
        [0.5, 0.5],
        0,
      ),
      'relu',
    );
    expect(dead.trace.layers[0]!.a[0]).toBe(0);
    expect(weightDirection(dead)).toBe('unchanged');
    expect(v1Of(completeIteration(dead).updatedParameters!)).toBe(v1Of(dead.parameters));
  });

  it('names the gradients that are exactly 0, from the trace', () => {
    // unit 1 dead under ReLU: a₁ = 0 (so ∂L/∂v₁ = 0) and g′(z₁) = 0 (so unit 1's gradients)
    const dead = session(
      net(
        [
          [-1, -1],
          [0.5, 0.5],
        ],
        [0, 0],
        [0.5, 0.5],
        0,
      ),
      'relu',
    );
    expect(zeroGradients(dead)).toEqual(['outputWeight1', 'hiddenUnit1']);
    // all weights zero with sigmoid: a_i = 0.5, v_i = 0, so both hidden units get nothing
    const zeros = session(
      net(
        [
          [0, 0],
          [0, 0],
        ],
        [0, 0],
        [0, 0],
        0,
      ),
    );
    expect(zeros.trace.layers[1]!.dLossDWeights[0]).not.toContain(0);
    expect(zeroGradients(zeros)).toEqual(['hiddenUnit1', 'hiddenUnit2']);
    for (const unit of [0, 1]) {
      expect(zeros.trace.layers[0]!.dLossDWeights[unit]).toEqual([0, 0]);
    }
    // the hand-calculation numbers: nothing is zero, so the key is "none"
    const handStart = session(HAND_CALCULATION_SETUP.parameters!);
    expect(zeroGradients(handStart)).toEqual([]);
    expect(zeroGradientKeys(handStart)).toEqual(['none']);
    expect(handStart.trace.layers.flatMap((layer) => layer.dLossDWeights.flat())).not.toContain(0);
    // with zero gradients the key is exactly those, never "none"
    expect(zeroGradientKeys(dead)).toEqual(['outputWeight1', 'hiddenUnit1']);
  });

  it('finds that ∂L/∂a₁ was computed with the old v₁', () => {
    const start = session(HAND_CALCULATION_SETUP.parameters!);
    const updated = handCalculationKey(start, 'updatedWeight');
    expect(updated).not.toBe(v1Of(start.parameters));
    expect(weightAgeInBackward(start, updated)).toBe('old');
    // a trace built with the new v₁ would say "new": the check can fail
    const withNew: ExerciseSession = {
      ...start,
      trace: {
        ...start.trace,
        layers: [
          {
            ...start.trace.layers[0]!,
            dLossDa: [updated * start.trace.layers[1]!.dLossDz[0]!, 0],
          },
          start.trace.layers[1]!,
        ],
      },
    };
    expect(weightAgeInBackward(withNew, updated)).toBe('new');
  });

  it('asks each question one step before the step that answers it', () => {
    expect(predictionAsked('zeroGradient', { kind: 'loss' })).toBe(true);
    expect(predictionRevealed('zeroGradient', { kind: 'backward', layer: 1 })).toBe(true);
    expect(predictionAsked('oldWeight', { kind: 'backward', layer: 1 })).toBe(true);
    expect(predictionRevealed('oldWeight', { kind: 'backward', layer: 1 })).toBe(false);
    expect(predictionRevealed('oldWeight', { kind: 'backward', layer: 0 })).toBe(true);
    expect(predictionAsked('weightDirection', { kind: 'backward', layer: 0 })).toBe(true);
    expect(predictionRevealed('weightDirection', { kind: 'backward', layer: 0 })).toBe(false);
    expect(predictionRevealed('weightDirection', { kind: 'update' })).toBe(true);
    expect(predictionAsked('weightDirection', { kind: 'update' })).toBe(false);
  });
});

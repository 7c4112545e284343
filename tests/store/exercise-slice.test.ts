import { beforeEach, describe, expect, it } from 'vitest';
import { sigmoid } from '../../src/core/scalar';
import { resetAppStore, useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();

/** Presses "Próximo passo" until the phase is `kind` (at most 20 presses). */
function advanceTo(kind: string) {
  for (let press = 0; press < 20 && state().session.phase.kind !== kind; press++)
    state().nextPhase();
  expect(state().session.phase.kind).toBe(kind);
}

/** Every number anywhere inside a plain object. */
function allNumbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allNumbers);
  return [];
}

beforeEach(() => resetAppStore());

describe('the exercise store', () => {
  it('starts on the lesson example with η = 0.10, sigmoid and the course loss', () => {
    expect(state().session.learningRate).toBe(0.1);
    expect(state().activation).toBe('sigmoid');
    expect(state().loss).toBe('halfSquaredError');
    expect(state().session.examples).toEqual([{ input: [1, 0.5], target: [1] }]);
    expect(state().session.phase.kind).toBe('ready');
  });

  it('walks one iteration through every phase in the order backprop computes them', () => {
    const kinds: string[] = [];
    for (let press = 0; press < 7; press++) {
      state().nextPhase();
      const phase = state().session.phase;
      kinds.push('layer' in phase ? `${phase.kind}-${phase.layer}` : phase.kind);
    }
    expect(kinds).toEqual([
      'forward-0',
      'forward-1',
      'loss',
      'backward-1',
      'backward-0',
      'update',
      'forward-0',
    ]);
    expect(state().session.iteration).toBe(1);
  });

  it('lowers the loss at every one of 100 iterations with sigmoid and η = 0.1', () => {
    for (let iteration = 0; iteration < 100; iteration++) state().completeIteration();
    const losses = state().lossHistory.losses;
    expect(losses).toHaveLength(100);
    for (let index = 1; index < losses.length; index++) {
      expect(losses[index]).toBeLessThanOrEqual(losses[index - 1] as number);
    }
    expect(losses[99]).toBeLessThan(losses[0] as number);
  });

  it('"Passo anterior" after "Próximo passo" restores every number exactly', () => {
    state().completeIteration();
    for (let press = 0; press < 4; press++) {
      const before = structuredClone({ session: state().session, history: state().lossHistory });
      state().nextPhase();
      expect(state().session).not.toEqual(before.session);
      state().previousPhase();
      expect(state().session).toEqual(before.session);
      expect(state().lossHistory).toEqual(before.history);
      state().nextPhase();
    }
  });

  it('propagates through the output weights from before the update', () => {
    advanceTo('update');
    const { parameters, trace, updatedParameters, examples, learningRate } = state().session;
    const [hidden, output] = parameters;
    if (!hidden || !output || !updatedParameters) throw new Error('missing parameters');
    const x = examples[0]!.input;
    const y = examples[0]!.target[0]!;
    // forward by hand
    const z = hidden.weights.map((row, i) => row[0]! * x[0]! + row[1]! * x[1]! + hidden.biases[i]!);
    const a = z.map(sigmoid);
    const zOutput =
      output.weights[0]![0]! * a[0]! + output.weights[0]![1]! * a[1]! + output.biases[0]!;
    const prediction = sigmoid(zOutput);
    // backward by hand with the v from before the update
    const dOutput = (prediction - y) * prediction * (1 - prediction);
    const dHiddenA = [0, 1].map((i) => output.weights[0]![i]! * dOutput);
    const dHiddenZ = dHiddenA.map((value, i) => value * a[i]! * (1 - a[i]!));
    expect(trace.layers[0]!.dLossDa).toEqual(dHiddenA.map((value) => expect.closeTo(value, 12)));
    for (const i of [0, 1]) {
      for (const j of [0, 1]) {
        expect(updatedParameters[0]!.weights[i]![j]).toBeCloseTo(
          hidden.weights[i]![j]! - learningRate * x[j]! * dHiddenZ[i]!,
          12,
        );
      }
      expect(updatedParameters[1]!.weights[0]![i]).toBeCloseTo(
        output.weights[0]![i]! - learningRate * a[i]! * dOutput,
        12,
      );
    }
    // the v really moved, so using the new v would give a different ∂L/∂a
    expect(updatedParameters[1]!.weights[0]![0]).not.toBe(output.weights[0]![0]);
  });

  it('restarts the iteration, keeping the weights, when the activation changes mid-iteration', () => {
    advanceTo('loss');
    const weights = state().session.parameters;
    state().setActivation('tanh');
    expect(state().session.phase.kind).toBe('ready');
    expect(state().session.parameters).toEqual(weights);
    expect(state().session.spec.layers[0]!.activation).toBe('tanh');
    expect(state().notice?.key).toBe('exercise.notice.activationChanged');
  });

  it('recomputes a shown update with a new η', () => {
    advanceTo('update');
    const { parameters, trace } = state().session;
    state().setLearningRate(0.5);
    const updated = state().session.updatedParameters!;
    expect(state().session.phase.kind).toBe('update');
    expect(updated[1]!.biases[0]).toBeCloseTo(
      parameters[1]!.biases[0]! - 0.5 * trace.layers[1]!.dLossDBiases[0]!,
      12,
    );
  });

  it('keeps η inside the slider range', () => {
    state().setLearningRate(7);
    expect(state().session.learningRate).toBe(1);
    state().setWideLearningRate(true);
    state().setLearningRate(7);
    expect(state().session.learningRate).toBe(7);
    state().setLearningRate(Number.NaN);
    expect(state().session.learningRate).toBe(0.1);
    state().setLearningRate(0);
    expect(state().session.learningRate).toBe(0.01);
  });

  it('with zero weights keeps both hidden units identical', () => {
    state().zeroWeights();
    state().setDataset('xor');
    for (let iteration = 0; iteration < 20; iteration++) state().completeIteration();
    const [hidden] = state().session.updatedParameters!;
    expect(hidden!.weights[0]).toEqual(hidden!.weights[1]);
    expect(hidden!.biases[0]).toBe(hidden!.biases[1]);
  });

  it('Reset returns to the seed’s weights', () => {
    const start = state().session.parameters;
    for (let iteration = 0; iteration < 3; iteration++) state().completeIteration();
    state().reset();
    expect(state().session.parameters).toEqual(start);
    expect(state().session.iteration).toBe(0);
    expect(state().lossHistory.losses).toEqual([]);
  });

  it('auto-training runs many iterations and shows the last one complete', () => {
    state().autoIterations(500);
    expect(state().session.iteration).toBe(499);
    expect(state().session.phase.kind).toBe('update');
    expect(state().lossHistory.iterations.at(-1)).toBe(499);
  });

  it('holds η once: stepping and auto-training apply the same η, the session’s', () => {
    expect('learningRate' in state()).toBe(false);
    state().setLearningRate(0.37);
    for (let iteration = 0; iteration < 6; iteration++) state().completeIteration();
    const stepped = allNumbers(state().session.updatedParameters);
    resetAppStore();
    state().setLearningRate(0.37);
    state().autoIterations(6);
    expect(state().session.iteration).toBe(5);
    const trained = allNumbers(state().session.updatedParameters);
    expect(trained).toHaveLength(stepped.length);
    trained.forEach((value, index) => expect(value).toBeCloseTo(stepped[index]!, 12));
    // and a different η gives different weights, so the comparison above could fail
    resetAppStore();
    state().autoIterations(6);
    expect(allNumbers(state().session.updatedParameters)[0]).not.toBeCloseTo(stepped[0]!, 6);
  });

  it('pauses with "diverged" and keeps finite numbers when weights overflow', () => {
    state().setActivation('relu');
    state().setLoss('binaryCrossEntropy');
    state().setParameter({ layer: 0, kind: 'weight', row: 0, column: 0 }, 1e200);
    state().setParameter({ layer: 0, kind: 'weight', row: 1, column: 0 }, 1e200);
    state().setParameter({ layer: 0, kind: 'bias', row: 0, column: 0 }, 0);
    state().setParameter({ layer: 0, kind: 'bias', row: 1, column: 0 }, 0);
    state().setParameter({ layer: 1, kind: 'weight', row: 0, column: 0 }, -1);
    state().setParameter({ layer: 1, kind: 'weight', row: 0, column: 1 }, -1);
    state().startAuto();
    state().autoIterations(100);
    expect(state().session.status).toBe('diverged');
    expect(state().stopReason).toBe('diverged');
    expect(state().running).toBe(false);
    const numbers = allNumbers(state().session);
    expect(numbers.length).toBeGreaterThan(20);
    expect(numbers.filter((value) => !Number.isFinite(value))).toEqual([]);
  });
});

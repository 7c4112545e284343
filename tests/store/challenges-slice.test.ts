import { beforeEach, describe, expect, it } from 'vitest';
import { exerciseSpec } from '../../src/core/exercise/config';
import { exerciseExamples, LESSON_EXAMPLE_DEFAULT } from '../../src/core/exercise/data';
import { runIterations } from '../../src/core/exercise/run';
import { CHALLENGE_RULES } from '../../src/progress/challenges/challenges';
import { completedChallenges } from '../../src/progress/challenges/challenges-records';
import { traceExample } from '../../src/core/network/trace';
import { initializeParameters } from '../../src/core/training/initialization';
import { resetAppStore, useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();
const completed = () => state().challengesCompleted;

beforeEach(resetAppStore);

/** The seeded starting weights the exercise uses (its own helper is private). */
function seeded(seed: number) {
  return initializeParameters(exerciseSpec('sigmoid', 'halfSquaredError'), {
    scheme: 'uniform',
    seed,
  });
}

/** Independently: the first iteration t at which J(θ_t) < 0.05, running the core from the start. */
function firstBelow(activation: 'relu' | 'sigmoid', dataset: 'and' | 'or', rate: number): number {
  const run = runIterations(
    exerciseSpec(activation, 'halfSquaredError'),
    exerciseExamples(dataset, LESSON_EXAMPLE_DEFAULT),
    seeded(42),
    rate,
    400,
    0,
  );
  return Array.from(run.losses).findIndex((loss) => loss < CHALLENGE_RULES.reluError);
}

/** Runs `count` iterations through the store in chunks, as the animation loop does. */
function train(count: number, chunk = 37) {
  for (let done = 0; done < count; done += chunk)
    state().autoIterations(Math.min(chunk, count - done));
}

describe('challenge 1: ReLU error below 0.05 in under 200 iterations', () => {
  it('is met by ReLU on AND with η = 1, at the first iteration the error is below 0.05', () => {
    const expected = firstBelow('relu', 'and', 1);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(200);
    state().setDataset('and');
    state().setActivation('relu');
    state().setLearningRate(1);
    train(expected - 1);
    expect(completed().reluFast).toBeUndefined(); // not before
    train(150);
    expect(completed().reluFast).toEqual({ iteration: expected });
    expect(completedChallenges(completed())).toEqual(['reluFast']);
  });

  it('is met when stepping phase by phase too', () => {
    const expected = firstBelow('relu', 'or', 2);
    state().setDataset('or');
    state().setActivation('relu');
    state().setWideLearningRate(true);
    state().setLearningRate(2);
    while (state().session.iteration < expected) {
      expect(completed().reluFast).toBeUndefined();
      state().nextPhase();
    }
    expect(completed().reluFast).toEqual({ iteration: expected });
  });

  it('is not met with sigmoid, even though the error falls below 0.05 in time', () => {
    const sigmoidAt = firstBelow('sigmoid', 'or', 2);
    expect(sigmoidAt).toBeGreaterThan(0);
    expect(sigmoidAt).toBeLessThan(200);
    state().setDataset('or');
    state().setWideLearningRate(true);
    state().setLearningRate(2);
    train(300);
    expect(state().challengesProgress?.reluFast.blocker).toBe('activation');
    expect(completed().reluFast).toBeUndefined();
  });

  it('is not met when it takes 200 iterations or more', () => {
    const slowAt = firstBelow('relu', 'and', 0.3);
    expect(slowAt).toBeGreaterThanOrEqual(200);
    state().setDataset('and');
    state().setActivation('relu');
    state().setLearningRate(0.3);
    train(slowAt + 20);
    expect(state().challengesProgress?.reluFast.error).toBeLessThan(0.05);
    expect(state().challengesProgress?.reluFast.blocker).toBe('tooManyIterations');
    expect(completed().reluFast).toBeUndefined();
  });

  it('is not met when the activation changed to ReLU mid-run, until a reset', () => {
    state().setDataset('and');
    state().setLearningRate(1);
    train(10);
    state().setActivation('relu');
    train(190);
    expect(state().challengesProgress?.reluFast.blocker).toBe('settingsChanged');
    expect(completed().reluFast).toBeUndefined();
    state().reset();
    train(150);
    expect(completed().reluFast).toEqual({ iteration: firstBelow('relu', 'and', 1) });
  });

  it('is not met when the run already started below 0.05 (the lesson example)', () => {
    state().setActivation('relu');
    train(20);
    expect(state().challengesRun.startError).toBeLessThan(0.05);
    expect(state().challengesProgress?.reluFast.blocker).toBe('startedLow');
    expect(completed().reluFast).toBeUndefined();
  });

  it('is not met with a weight typed in', () => {
    state().setDataset('and');
    state().setActivation('relu');
    state().setLearningRate(1);
    state().setParameter({ layer: 1, kind: 'bias', row: 0, column: 0 }, 0.2);
    train(150);
    expect(state().challengesProgress?.reluFast.blocker).toBe('handEdited');
    expect(completed().reluFast).toBeUndefined();
  });
});

/** True when every XOR example lies on its target's side of 0.5, computed with the trace. */
function xorSolved(): boolean {
  const { spec, parameters, examples } = state().session;
  return examples.every((example) => {
    const prediction = traceExample(spec, parameters, example).prediction[0]!;
    return example.target[0] === 1 ? prediction > 0.5 : prediction < 0.5;
  });
}

describe('challenge 2: XOR with two hidden neurons', () => {
  it('is met exactly when all four examples are classified right (tanh, η = 1)', () => {
    state().setDataset('xor');
    state().setActivation('tanh');
    state().setLearningRate(1);
    let guard = 0;
    while (!xorSolved() && guard++ < 400) {
      expect(completed().xor).toBeUndefined();
      expect(state().challengesProgress?.xor.correct ?? 0).toBeLessThan(4);
      state().autoIterations(5);
    }
    expect(xorSolved()).toBe(true);
    expect(completed().xor).toEqual({ iteration: state().session.iteration });
    expect(state().challengesProgress?.xor).toMatchObject({ met: true, correct: 4, total: 4 });
  });

  it('is not met when training cannot break the symmetry of zero weights', () => {
    state().setDataset('xor');
    state().zeroWeights();
    state().setLearningRate(1);
    train(2000, 200);
    expect(xorSolved()).toBe(false);
    expect(completed().xor).toBeUndefined();
  });

  it('is not met on another data set', () => {
    state().setDataset('or');
    state().setLearningRate(1);
    train(500, 100);
    expect(state().challengesProgress?.xor.blocker).toBe('dataset');
    expect(completed().xor).toBeUndefined();
  });
});

describe('a run started from a scenario', () => {
  it('does not meet challenge 1, and the same start chosen by the learner does', () => {
    state().applyPreset('relu-active');
    train(150);
    expect(state().challengesProgress?.reluFast.blocker).toBe('given');
    expect(completed().reluFast).toBeUndefined();
    // the learner reaches the same θ₀ (the scenario's seed) and η on their own
    const { seed } = state();
    const rate = state().session.learningRate;
    state().clearPreset();
    state().newSeed(seed);
    state().setLearningRate(rate);
    expect(state().challengesProgress?.reluFast.blocker).toBeNull();
    train(150);
    expect(completed().reluFast).toBeDefined();
  });

  it('does not meet challenge 2 even once XOR is solved, until the learner starts a run of their own', () => {
    state().applyPreset('xor-escapes');
    train(10_000, 500);
    expect(xorSolved()).toBe(true);
    expect(state().challengesProgress?.xor.blocker).toBe('given');
    expect(completed().xor).toBeUndefined();
    state().setDataset('xor'); // new data keeps the weights, and the start stays the scenario's
    expect(state().challengesProgress?.xor.blocker).toBe('given');
    state().newSeed(state().seed);
    expect(state().challengesProgress?.xor.blocker).toBeNull();
  });
});

describe('challenge 3: an η that diverges and one that crawls', () => {
  it('records η = 50 on XOR as diverging once the loss has grown over 100 iterations', () => {
    state().setDataset('xor');
    state().setWideLearningRate(true);
    state().setLearningRate(50);
    train(90);
    expect(completed().divergingRate).toBeUndefined(); // under 100 iterations: not yet judged
    train(60);
    expect(completed().divergingRate).toBe(50);
    const sinceSet = state().challengesProgress?.learningRates.sinceSet;
    expect(sinceSet!.fromIteration).toBe(0);
    expect(sinceSet!.toIteration).toBeGreaterThanOrEqual(100);
    expect(sinceSet!.toLoss).toBeGreaterThanOrEqual(1.5 * sinceSet!.fromLoss);
    expect(completed().crawlingRate).toBeUndefined();
    expect(completedChallenges(completed())).toEqual([]);
  });

  it('records the η of a run that overflowed (the exercise says it diverged)', () => {
    state().setActivation('relu');
    state().setLoss('binaryCrossEntropy');
    state().setWideLearningRate(true);
    state().setLearningRate(3);
    state().setParameter({ layer: 0, kind: 'weight', row: 0, column: 0 }, 1e200);
    state().setParameter({ layer: 0, kind: 'weight', row: 1, column: 0 }, 1e200);
    state().setParameter({ layer: 1, kind: 'weight', row: 0, column: 0 }, -1);
    state().setParameter({ layer: 1, kind: 'weight', row: 0, column: 1 }, -1);
    expect(completed().divergingRate).toBeUndefined();
    state().autoIterations(100);
    expect(state().session.status).toBe('diverged');
    expect(completed().divergingRate).toBe(3);
  });

  it('records a crawling η = 0.01 on OR, and then completes with both parts', () => {
    state().setDataset('or');
    state().setLearningRate(0.01);
    train(99);
    expect(completed().crawlingRate).toBeUndefined();
    train(40);
    expect(completed().crawlingRate).toBe(0.01);
    const window = state().challengesProgress!.learningRates.window!;
    expect(window.relativeChange).toBeLessThanOrEqual(0);
    expect(window.relativeChange).toBeGreaterThan(-0.01);
    // the second part: diverge on XOR
    state().setDataset('xor');
    state().setWideLearningRate(true);
    state().setLearningRate(50);
    train(150);
    expect(completed()).toMatchObject({ crawlingRate: 0.01, divergingRate: 50 });
    expect(completedChallenges(completed())).toEqual(['learningRates']);
  });

  it('does not count a fast fall (lesson example, η = 0.01) nor a plateau at a large η', () => {
    state().setLearningRate(0.01);
    train(300);
    expect(state().challengesProgress!.learningRates.window!.relativeChange).toBeLessThan(-0.01);
    expect(completed().crawlingRate).toBeUndefined();
    state().setDataset('xor');
    state().setLearningRate(0.5);
    train(600, 100);
    expect(completed().crawlingRate).toBeUndefined();
  });

  it('judges the loss only since η last changed', () => {
    state().setDataset('or');
    state().setLearningRate(0.01);
    train(80);
    state().setLearningRate(0.02);
    train(80);
    // 160 iterations in all, but only 80 at η = 0.02: no window yet
    expect(state().challengesProgress!.learningRates.window).toBeNull();
    expect(completed().crawlingRate).toBeUndefined();
  });
});

describe('the records', () => {
  it('are kept when the exercise moves on, and cleared by challengesReset', () => {
    state().setDataset('and');
    state().setActivation('relu');
    state().setLearningRate(1);
    train(150);
    const record = completed().reluFast;
    expect(record).toBeDefined();
    state().setActivation('sigmoid');
    state().reset();
    train(50);
    expect(completed().reluFast).toBe(record);
    state().challengesReset();
    expect(completed()).toEqual({});
  });

  it('challengesEvaluate judges the current state on demand', () => {
    useAppStore.setState({ challengesProgress: null });
    state().challengesEvaluate();
    expect(state().challengesProgress?.xor).toMatchObject({ met: false, blocker: 'dataset' });
    expect(state().challengesProgress?.reluFast.iterations).toBe(0);
  });
});

describe('weights typed in by hand', () => {
  /** Hidden weights that solve XOR with tanh: h₁ ≈ OR, h₂ ≈ AND, ŷ ≈ h₁ − h₂. */
  function typeXorSolution() {
    const set = (
      layer: number,
      kind: 'weight' | 'bias',
      row: number,
      column: number,
      value: number,
    ) => state().setParameter({ layer, kind, row, column }, value);
    set(0, 'weight', 0, 0, 6);
    set(0, 'weight', 0, 1, 6);
    set(0, 'bias', 0, 0, -3);
    set(0, 'weight', 1, 0, 6);
    set(0, 'weight', 1, 1, 6);
    set(0, 'bias', 1, 0, -9);
    set(1, 'weight', 0, 0, 8);
    set(1, 'weight', 0, 1, -8);
    set(1, 'bias', 0, 0, -4);
  }

  it('solve XOR but do not count, even after stepping back or changing the data', () => {
    state().setActivation('tanh');
    state().setDataset('xor');
    typeXorSolution();
    expect(xorSolved()).toBe(true);
    expect(state().challengesRun.handEdited).toBe(true);
    // step to the loss (a new history) and back to the start: still the same run
    for (let phase = 0; phase < 3; phase++) state().nextPhase();
    while (state().past.length > 0) state().previousPhase();
    expect(state().challengesRun.handEdited).toBe(true);
    // new data keeps the typed weights: still not learned
    state().setDataset('or');
    state().setDataset('xor');
    expect(xorSolved()).toBe(true);
    expect(completed().xor).toBeUndefined();
    // Reset brings back the seeded weights: a clean run
    state().reset();
    expect(state().challengesRun.handEdited).toBe(false);
  });
});

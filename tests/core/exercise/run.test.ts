import { describe, expect, it } from 'vitest';
import { exerciseSpec } from '../../../src/core/exercise/config';
import { exerciseExamples, LESSON_EXAMPLE_DEFAULT } from '../../../src/core/exercise/data';
import { createLossHistory } from '../../../src/core/exercise/loss-history';
import { datasetLoss, recordIterationLoss, runIterations } from '../../../src/core/exercise/run';
import { completeIteration, nextPhase, startSession } from '../../../src/core/exercise/session';
import { graphGradients } from '../../../src/core/network/graph-network';
import { DEFAULT_SEED, initializeParameters } from '../../../src/core/training/initialization';

const spec = exerciseSpec('tanh', 'halfSquaredError');
const start = initializeParameters(spec, { scheme: 'uniform', seed: DEFAULT_SEED });

describe('the exercise runs', () => {
  it('records J(θ_t) for the current iteration, also once the history samples every n-th', () => {
    const examples = exerciseExamples('xor', LESSON_EXAMPLE_DEFAULT);
    let history = createLossHistory(8);
    let session = startSession(spec, examples, start, 0.3);
    for (let iteration = 0; iteration < 40; iteration++) {
      session = completeIteration(session);
      history = recordIterationLoss(history, session);
      expect(history.iterations.at(-1)).toBe(iteration);
      expect(history.losses.at(-1)).toBe(datasetLoss(spec, session.parameters, examples));
      // recording the same iteration again changes nothing
      expect(recordIterationLoss(history, session)).toBe(history);
      session = nextPhase(session);
    }
    expect(history.stride).toBeGreaterThan(1);
  });

  it('computes the mean loss over the examples as the graph does', () => {
    const examples = exerciseExamples('xor', LESSON_EXAMPLE_DEFAULT);
    expect(datasetLoss(spec, start, examples)).toBeCloseTo(
      graphGradients(spec, start, examples).loss,
      12,
    );
  });

  it('takes the same steps as the phase-by-phase session', () => {
    const examples = exerciseExamples('xor', LESSON_EXAMPLE_DEFAULT);
    const fast = runIterations(spec, examples, start, 0.3, 9, 0);
    let session = startSession(spec, examples, start, 0.3);
    for (let iteration = 0; iteration < 9; iteration++)
      session = nextPhase(completeIteration(session));
    expect(session.iteration).toBe(9);
    const flat = (parameters: typeof start) =>
      parameters.flatMap((layer) => [...layer.weights.flat(), ...layer.biases]);
    flat(fast.parameters).forEach((value, index) =>
      expect(value).toBeCloseTo(flat(session.parameters)[index]!, 12),
    );
    expect(fast.losses).toHaveLength(9);
    expect(fast.iterations).toBe(9);
  });

  it('stops at the target loss before updating', () => {
    const examples = exerciseExamples('lesson', LESSON_EXAMPLE_DEFAULT);
    const target = datasetLoss(spec, start, examples) * 0.9;
    const run = runIterations(spec, examples, start, 0.5, 10_000, 0, target);
    expect(run.stoppedAtTarget).toBe(true);
    expect(run.losses.at(-1)).toBeLessThanOrEqual(target);
    expect(run.losses).toHaveLength(run.iterations + 1);
    expect(datasetLoss(spec, run.parameters, examples)).toBe(run.losses.at(-1));
  });

  it('ends "diverged" on overflow and keeps finite parameters', () => {
    const reluSpec = exerciseSpec('relu', 'binaryCrossEntropy');
    const huge = start.map((layer) => ({
      weights: layer.weights.map((row) => row.map(() => 1e200)),
      biases: layer.biases.map(() => 0),
    }));
    // ŷ ≈ 0 with y = 1: the step pushes v up by η·a ≈ 1e199, and then z_o = v·a overflows
    huge[1] = { weights: [[-1, -1]], biases: [0] };
    const run = runIterations(reluSpec, [LESSON_EXAMPLE_DEFAULT], huge, 1, 100, 0);
    expect(run.status).toBe('diverged');
    const values = run.parameters.flatMap((layer) => [...layer.weights.flat(), ...layer.biases]);
    expect(values.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(datasetLoss(reluSpec, run.parameters, [LESSON_EXAMPLE_DEFAULT]))).toBe(
      true,
    );
  });
});

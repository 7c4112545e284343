import { describe, expect, it } from 'vitest';
import {
  CHALLENGE_RULES,
  evaluateChallenges,
  learningRateResult,
  reluFastResult,
  xorResult,
} from '../../../src/progress/challenges/challenges';
import { measureNetwork } from '../../../src/progress/challenges/challenges-measure';
import { exerciseSpec } from '../../../src/core/exercise/config';
import { exerciseExamples, LESSON_EXAMPLE_DEFAULT } from '../../../src/core/exercise/data';
import { traceExample } from '../../../src/core/network/trace';
import { initializeParameters } from '../../../src/core/training/initialization';
import type { ChallengeSnapshot } from '../../../src/progress/challenges/challenges';
import { freshRun } from '../../../src/progress/challenges/challenges-run';
import { history, snapshot } from './challenge-snapshot';

describe('challenge 1 (reluFastResult)', () => {
  const falling = history(Array.from({ length: 120 }, (_, i) => 0.2 - 0.0015 * i));
  const firstBelow = falling.losses.findIndex((loss) => loss < 0.05);

  it('is met at the first recorded iteration below 0.05, before iteration 200', () => {
    expect(firstBelow).toBe(101);
    const result = reluFastResult(
      snapshot({
        iteration: 119,
        recorded: falling,
        measure: { ...snapshot().measure, error: 0.02 },
      }),
    );
    expect(result).toMatchObject({ metAt: firstBelow, blocker: null });
  });

  it('is met by the current error when the iteration is not recorded yet', () => {
    const result = reluFastResult(
      snapshot({ iteration: 12, measure: { ...snapshot().measure, error: 0.049 } }),
    );
    expect(result.metAt).toBe(12);
  });

  it('is not met at exactly 0.05, at iteration 200, or with another activation', () => {
    const at = (error: number, iteration: number) =>
      reluFastResult(snapshot({ iteration, measure: { ...snapshot().measure, error } })).metAt;
    expect(at(CHALLENGE_RULES.reluError, 10)).toBeNull();
    expect(at(0.01, CHALLENGE_RULES.reluIterations)).toBeNull();
    expect(at(0.01, CHALLENGE_RULES.reluIterations - 1)).toBe(199);
    const sigmoid = reluFastResult(
      snapshot({ activation: 'sigmoid', recorded: falling, iteration: 119 }),
    );
    expect(sigmoid).toMatchObject({ metAt: null, blocker: 'activation' });
  });

  it('ignores records from iteration 200 on, and a stale record at iteration 0', () => {
    const late = { iterations: [0, 200, 250], losses: [0.01, 0.01, 0.01] };
    const result = reluFastResult(snapshot({ iteration: 250, recorded: late }));
    expect(result).toMatchObject({ metAt: null, blocker: 'tooManyIterations' });
  });

  it('needs a clean run that started at 0.05 or more', () => {
    const base = { iteration: 119, recorded: falling };
    expect(
      reluFastResult(snapshot({ ...base, run: { ...freshRun(0.2), handEdited: true } })).blocker,
    ).toBe('handEdited');
    expect(
      reluFastResult(snapshot({ ...base, run: { ...freshRun(0.2), settingsChanged: true } }))
        .blocker,
    ).toBe('settingsChanged');
    expect(reluFastResult(snapshot({ ...base, run: freshRun(0.04) })).blocker).toBe('startedLow');
    expect(reluFastResult(snapshot({ ...base, run: freshRun() })).blocker).toBe('startedLow');
  });
});

describe('challenge 2 (xorResult)', () => {
  const targets = [0, 1, 1, 0];
  const xor = (predictions: number[], overrides: Partial<ChallengeSnapshot> = {}) =>
    xorResult(
      snapshot({ dataset: 'xor', measure: { error: 0.1, predictions, targets }, ...overrides }),
    );

  it('is met when every ŷ is strictly on its side of 0.5', () => {
    expect(xor([0.1, 0.9, 0.51, 0.49])).toMatchObject({ met: true, correct: 4, total: 4 });
    expect(xor([0.1, 0.9, 0.5, 0.49])).toMatchObject({ met: false, correct: 3 });
    expect(xor([0.6, 0.9, 0.9, 0.1])).toMatchObject({ met: false, correct: 3 });
  });

  it('needs XOR, learned weights and no divergence', () => {
    const right = [0.1, 0.9, 0.9, 0.1];
    expect(xor(right, { dataset: 'or' })).toMatchObject({ met: false, blocker: 'dataset' });
    expect(xor(right, { run: { ...freshRun(), handEdited: true } }).blocker).toBe('handEdited');
    expect(xor(right, { status: 'diverged' }).blocker).toBe('diverged');
  });
});

describe('challenge 3 (learningRateResult)', () => {
  const flat = (from: number, to: number, length = 101) =>
    history(Array.from({ length }, (_, i) => from + ((to - from) * i) / (length - 1)));

  it('crawls when the loss falls by under 1% over 100 iterations at η ≤ 0.1', () => {
    const result = learningRateResult(
      snapshot({ learningRate: 0.01, iteration: 100, recorded: flat(0.1, 0.0995) }),
    );
    expect(result.window?.relativeChange).toBeCloseTo(-0.005, 12);
    expect(result.crawling).toBe(0.01);
    expect(result.diverging).toBeNull();
  });

  it('does not crawl on a 1% fall, a rise, a solved network, a large η or too short a stretch', () => {
    const crawling = (overrides: Partial<ChallengeSnapshot>) =>
      learningRateResult(snapshot({ learningRate: 0.01, iteration: 100, ...overrides })).crawling;
    expect(crawling({ recorded: flat(0.1, 0.099) })).toBeNull();
    expect(crawling({ recorded: flat(0.1, 0.1001) })).toBeNull();
    expect(crawling({ recorded: flat(0.005, 0.00499) })).toBeNull();
    expect(crawling({ recorded: flat(0.1, 0.0995), learningRate: 0.5 })).toBeNull();
    expect(crawling({ recorded: flat(0.1, 0.0995, 100) })).toBeNull();
    expect(
      crawling({ recorded: flat(0.1, 0.0995), run: { ...freshRun(), segmentStart: 1 } }),
    ).toBeNull();
    expect(crawling({ recorded: flat(0.1, 0.0995), status: 'diverged' })).toBeNull();
  });

  it('diverges on an overflow, or when the loss is still 1.5 times higher 100 iterations after η was set', () => {
    expect(learningRateResult(snapshot({ status: 'diverged', learningRate: 3 })).diverging).toBe(3);
    const jumped = history([0.14, ...Array.from({ length: 100 }, () => 0.25)]);
    const result = learningRateResult(snapshot({ learningRate: 50, recorded: jumped }));
    expect(result.diverging).toBe(50);
    expect(result.sinceSet).toMatchObject({ fromIteration: 0, toIteration: 100, fromLoss: 0.14 });
    // 99 iterations later is too early; a rise under 1.5 times, or under 0.01, does not count
    const short = history([0.14, ...Array.from({ length: 99 }, () => 0.25)]);
    expect(learningRateResult(snapshot({ recorded: short })).diverging).toBeNull();
    expect(learningRateResult(snapshot({ recorded: flat(0.14, 0.2) })).diverging).toBeNull();
    expect(learningRateResult(snapshot({ recorded: flat(0.004, 0.01) })).diverging).toBeNull();
  });
});

describe('measureNetwork and evaluateChallenges', () => {
  it('measure J(θ) and ŷ as the trace computes them', () => {
    const spec = exerciseSpec('tanh', 'binaryCrossEntropy');
    const parameters = initializeParameters(spec, { scheme: 'uniform', seed: 7 });
    const examples = exerciseExamples('xor', LESSON_EXAMPLE_DEFAULT);
    const measure = measureNetwork(spec, parameters, examples);
    const traces = examples.map((example) => traceExample(spec, parameters, example));
    expect(measure.predictions).toEqual(
      traces.map((trace) => expect.closeTo(trace.prediction[0]!, 12)),
    );
    expect(measure.error).toBeCloseTo(traces.reduce((sum, trace) => sum + trace.loss, 0) / 4, 12);
    expect(measure.targets).toEqual([0, 1, 1, 0]);
  });

  it('judges all three on one snapshot', () => {
    const results = evaluateChallenges(snapshot());
    expect(Object.keys(results)).toEqual(['reluFast', 'xor', 'learningRates']);
  });
});

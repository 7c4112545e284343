// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exerciseSpec, LEARNING_RATE } from '../../../src/core/exercise/config';
import { exerciseExamples, LESSON_EXAMPLE_DEFAULT } from '../../../src/core/exercise/data';
import {
  EXERCISE_PRESETS,
  isPresetId,
  PRESET_IDS,
  presetSetup,
  type ExerciseSetup,
  type PresetId,
} from '../../../src/core/exercise/presets';
import { datasetLoss, runIterations } from '../../../src/core/exercise/run';
import {
  completeIteration,
  nextPhase,
  startSession,
  traceGradients,
} from '../../../src/core/exercise/session';
import { traceExample } from '../../../src/core/network/trace';
import { sigmoid } from '../../../src/core/scalar';
import { DEFAULT_SEED, initializeParameters } from '../../../src/core/training/initialization';
import type { NetworkParameters } from '../../../src/core/types';
import { translate } from '../../../src/content/ui/messages';
import { AUTO_DEFAULTS } from '../../../src/store/auto-actions';

const LIMIT = AUTO_DEFAULTS.iterationLimit;

/** θ₀ as the exercise starts a setup: its parameters, else the uniform draw of "Nova semente". */
function startOf(setup: ExerciseSetup): NetworkParameters {
  return (
    setup.parameters ??
    initializeParameters(exerciseSpec('sigmoid', 'halfSquaredError'), {
      scheme: 'uniform',
      seed: setup.seed ?? DEFAULT_SEED,
    })
  );
}

/** The spec, examples and θ₀ of scenario `id`. */
function scenario(id: PresetId) {
  const setup = presetSetup(id);
  return {
    setup,
    spec: exerciseSpec(setup.activation, setup.loss),
    examples: exerciseExamples(setup.dataset, setup.lessonExample ?? LESSON_EXAMPLE_DEFAULT),
    start: startOf(setup),
  };
}

/** Auto-training from the scenario's start, up to the default limits, on the fast engine. */
function autoTrain(id: PresetId, change: Partial<ExerciseSetup> = {}) {
  const { setup, examples } = scenario(id);
  const trained = { ...setup, ...change };
  return runIterations(
    exerciseSpec(trained.activation, trained.loss),
    examples,
    startOf(trained),
    trained.learningRate,
    LIMIT,
    0,
    AUTO_DEFAULTS.targetLoss,
  );
}

/** The first t with J(θ_t) < bound, or −1. */
const firstBelow = (losses: Float64Array, bound: number) =>
  losses.findIndex((loss) => loss < bound);

const flat = (parameters: NetworkParameters) =>
  parameters.flatMap((layer) => [...layer.weights.flat(), ...layer.biases]);

/** ½(y − ŷ)² on XOR when the network answers ŷ = ½ to every example. */
const PLATEAU = 0.5 * (1 - 0.5) ** 2;

describe('the scenarios', () => {
  it('are listed once each, in the picker’s order, with a start the exercise accepts', () => {
    expect(EXERCISE_PRESETS.map((preset) => preset.id)).toEqual([...PRESET_IDS]);
    expect(isPresetId('overshoot')).toBe(true);
    expect(isPresetId('constructor')).toBe(false);
    for (const id of PRESET_IDS) {
      const { setup, spec, examples, start } = scenario(id);
      expect(setup.learningRate).toBeGreaterThanOrEqual(LEARNING_RATE.minimum);
      expect(setup.learningRate).toBeLessThanOrEqual(LEARNING_RATE.wideMaximum);
      expect(startSession(spec, examples, start, setup.learningRate).status).toBe('ok');
    }
  });

  it('xor-escapes: sits on the ½·¼ plateau, then falls far below it within the default limit', () => {
    const { setup, spec, examples } = scenario('xor-escapes');
    expect([setup.dataset, setup.loss]).toEqual(['xor', 'halfSquaredError']);
    const run = autoTrain('xor-escapes');
    expect(run.status).toBe('ok');
    // a plateau first: J within 1% of 0.125 from t = 500 to t = 2,000
    for (let t = 500; t <= 2_000; t += 100) {
      expect(Math.abs((run.losses[t] as number) - PLATEAU)).toBeLessThan(0.01 * PLATEAU);
    }
    // then it leaves: below half the plateau after about 3,000 iterations, well before the limit
    const leaves = firstBelow(run.losses, PLATEAU / 2);
    expect(leaves).toBeGreaterThan(2_500);
    expect(leaves).toBeLessThan(LIMIT / 2);
    // and ends below a tenth of it
    expect(datasetLoss(spec, run.parameters, examples)).toBeLessThan(PLATEAU / 10);
  });

  it('xor-escapes: at the defaults (η = 0.1, seed 42) the same plateau outlasts the limit', () => {
    const atDefaults = { learningRate: LEARNING_RATE.initial, seed: DEFAULT_SEED };
    const run = autoTrain('xor-escapes', atDefaults);
    expect(run.losses[LIMIT - 1] as number).toBeGreaterThan(0.9 * PLATEAU);
    // it ends after about 20,000 iterations
    const { spec, examples } = scenario('xor-escapes');
    const longer = runIterations(
      spec,
      examples,
      startOf({ ...presetSetup('xor-escapes'), ...atDefaults }),
      LEARNING_RATE.initial,
      30_000,
      0,
    );
    const leaves = firstBelow(longer.losses, PLATEAU / 2);
    expect(leaves).toBeGreaterThan(15_000);
    expect(leaves).toBeLessThan(30_000);
  });

  it('relu-active: both hidden z > 0 on the lesson’s example, and both units’ weights get a gradient', () => {
    const { setup, spec, examples, start } = scenario('relu-active');
    expect([setup.activation, setup.dataset]).toEqual(['relu', 'lesson']);
    expect(examples).toEqual([LESSON_EXAMPLE_DEFAULT]);
    let session = startSession(spec, examples, start, setup.learningRate);
    const hidden = session.trace.layers[0]!;
    expect(hidden.z.every((z) => z > 0)).toBe(true);
    for (const row of hidden.dLossDWeights) {
      for (const gradient of row) expect(Math.abs(gradient)).toBeGreaterThan(1e-3);
    }
    // and they stay active while it trains, to below the challenge's 0.05
    for (let iteration = 0; iteration < 200; iteration++) {
      session = nextPhase(completeIteration(session));
      expect(session.trace.layers[0]!.z.every((z) => z > 0)).toBe(true);
    }
    expect(session.trace.loss).toBeLessThan(0.05);
  });

  it('relu-active: the default seed instead starts unit 1 at z₁ = w₁₁x₁ + w₁₂x₂ + b₁ ≤ 0', () => {
    const { spec, examples } = scenario('relu-active');
    const seeded = startOf({ ...presetSetup('relu-active'), seed: DEFAULT_SEED });
    const [w11, w12] = seeded[0]!.weights[0]!;
    const [x1, x2] = LESSON_EXAMPLE_DEFAULT.input;
    const byHand = w11! * x1! + w12! * x2! + seeded[0]!.biases[0]!;
    const trace = traceExample(spec, seeded, examples[0]!);
    expect(trace.layers[0]!.z[0]).toBeCloseTo(byHand, 12);
    expect(byHand).toBeLessThan(0);
    expect(trace.layers[0]!.dLossDWeights[0]!.map(Math.abs)).toEqual([0, 0]);
  });

  it('relu-dead: z₁ ≤ 0 on every example, so w₁₁, w₁₂, b₁ and v₁ get exactly zero gradient', () => {
    const { setup, spec, examples, start } = scenario('relu-dead');
    expect([setup.activation, setup.dataset]).toEqual(['relu', 'xor']);
    let unitTwoLearns = false;
    for (const example of examples) {
      const trace = traceExample(spec, start, example);
      const [hidden, output] = trace.layers;
      expect(hidden!.z[0]).toBeLessThanOrEqual(0);
      expect(hidden!.a[0]).toBe(0);
      const unitOne = [...hidden!.dLossDWeights[0]!, hidden!.dLossDBiases[0]!];
      expect(unitOne.map(Math.abs)).toEqual([0, 0, 0]);
      expect(Math.abs(output!.dLossDWeights[0]![0]!)).toBe(0);
      if (hidden!.z[1]! > 0 && hidden!.dLossDWeights[1]!.some((g) => g !== 0)) unitTwoLearns = true;
    }
    expect(unitTwoLearns).toBe(true);
  });

  it('relu-dead: unit 1 never moves, and the loss never gets below 1/12 (one live unit on XOR)', () => {
    const { start } = scenario('relu-dead');
    const run = autoTrain('relu-dead');
    expect(run.status).toBe('ok');
    expect(run.parameters[0]!.weights[0]).toEqual(start[0]!.weights[0]);
    expect(run.parameters[0]!.biases[0]).toBe(start[0]!.biases[0]);
    expect(run.parameters[1]!.weights[0]![0]).toBe(start[1]!.weights[0]![0]);
    // one monotone feature u = w·x + b cannot rank (0,1) and (1,0) above both (0,0) and (1,1),
    // since u(0,0) + u(1,1) = u(0,1) + u(1,0); the best fit pools three targets {1, 1, 0} at ⅔
    const bound = (0.5 * (2 * (1 / 3) ** 2 + (2 / 3) ** 2)) / 4;
    expect(bound).toBeCloseTo(1 / 12, 15);
    expect(Math.min(...run.losses)).toBeGreaterThan(bound);
    // and it gets there: the stall is near 1/12 well before the limit
    expect(run.losses[LIMIT / 2] as number).toBeLessThan(bound + 0.005);
  });

  it('overshoot: one step of η = 50 takes ŷ from ≈ 0.385 to ≈ 1.6·10⁻⁶ and the loss rises', () => {
    const { setup, spec, examples, start } = scenario('overshoot');
    expect([setup.seed, setup.activation, setup.loss, setup.learningRate]).toEqual([
      0,
      'tanh',
      'binaryCrossEntropy',
      50,
    ]);
    const before = startSession(spec, examples, start, setup.learningRate);
    const after = nextPhase(completeIteration(before));
    expect(after.status).toBe('ok');
    expect(after.iteration).toBe(1);
    const [predictionBefore, predictionAfter] = [
      before.trace.prediction[0]!,
      after.trace.prediction[0]!,
    ];
    // the numbers the description shows
    expect(predictionBefore).toBeCloseTo(0.385, 3);
    expect(predictionAfter / 1.6e-6).toBeCloseTo(1, 1);
    expect(before.trace.loss).toBeCloseTo(0.95, 2);
    expect(after.trace.loss).toBeCloseTo(13.3, 1);
    // BCE with y = 1 is −ln ŷ
    expect(after.trace.loss).toBeCloseTo(-Math.log(predictionAfter), 6);
    expect(after.trace.loss).toBeGreaterThan(before.trace.loss);
    // the η does it: the slider's largest η = 1 lowers the loss from the same start
    const gentle = nextPhase(completeIteration({ ...before, learningRate: LEARNING_RATE.maximum }));
    expect(gentle.trace.loss).toBeLessThan(before.trace.loss);
  });

  it('saturated: ŷ ≈ 0 with y = 1, gradients σ′(z_o) times those of BCE, and a long flat start', () => {
    const { setup, spec, examples, start } = scenario('saturated');
    expect([setup.loss, setup.dataset, examples[0]!.target[0]]).toEqual([
      'halfSquaredError',
      'lesson',
      1,
    ]);
    const squared = traceExample(spec, start, examples[0]!);
    const crossEntropy = traceExample(
      exerciseSpec(setup.activation, 'binaryCrossEntropy'),
      start,
      examples[0]!,
    );
    // by hand: z = (x₁, x₂) = (1, 0.5), z_o = −4·(σ(1) + σ(0.5)) − 2
    const zOutput = -4 * (sigmoid(1) + sigmoid(0.5)) - 2;
    expect(squared.layers[1]!.z[0]).toBeCloseTo(zOutput, 12);
    const prediction = sigmoid(zOutput);
    expect(squared.prediction[0]).toBeCloseTo(prediction, 15);
    // the numbers the description shows: z_o ≈ −7.4, ŷ ≈ 0.0006
    expect(zOutput).toBeCloseTo(-7.4, 1);
    expect(prediction).toBeCloseTo(0.0006, 4);
    // ∂ℓ/∂z_o: (ŷ − y)·σ′(z_o) against ŷ − y, so every gradient is σ′(z_o) = ŷ(1 − ŷ) times BCE's
    const factor = prediction * (1 - prediction);
    const small = flat(traceGradients(squared));
    const large = flat(traceGradients(crossEntropy));
    small.forEach((gradient, index) => {
      expect(gradient / (large[index] as number)).toBeCloseTo(factor, 12);
    });
    expect(Math.max(...small.map(Math.abs))).toBeLessThan(1e-3 * Math.max(...large.map(Math.abs)));
    // flat for about 3,000 iterations under ½(y − ŷ)², then down within the limit
    const slow = autoTrain('saturated');
    expect(slow.losses[2_500] as number).toBeGreaterThan(0.95 * (slow.losses[0] as number));
    const halved = firstBelow(slow.losses, (slow.losses[0] as number) / 2);
    expect(halved).toBeGreaterThan(2_500);
    expect(halved).toBeLessThan(LIMIT);
    // BCE from the same start halves its loss within a few iterations
    const fast = autoTrain('saturated', { loss: 'binaryCrossEntropy' });
    expect(firstBelow(fast.losses, (fast.losses[0] as number) / 2)).toBeLessThan(20);
  });
});

// The lesson's text names each scenario as the picker does (the lesson's author adds it; this
// fails until both files do).
describe.each(['pt-BR', 'en'] as const)('the lesson in %s', (language) => {
  const text = readFileSync(`src/content/lesson/lesson.${language}.md`, 'utf8');
  it.each(PRESET_IDS)('mentions the scenario %s by its label', (id) => {
    expect(text).toContain(translate(language, `exercise.preset.${id}`));
  });
});

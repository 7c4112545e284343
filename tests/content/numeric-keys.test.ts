// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NumericQuiz } from '../../src/content/lesson/lesson-types';
import { parseLesson } from '../../src/content/lesson/loader/parse-lesson';
import { Value } from '../../src/core/autodiff/value';
import { ACTIVATION_FUNCTIONS, tanh } from '../../src/core/functions/activations';
import { sigmoid } from '../../src/core/scalar';
import { createOptimizer, gradientStep } from '../../src/core/training/optimizers';
import { isCorrectNumber } from '../../src/progress/kinds/numeric/score';
import { lessonQuizzes } from '../../src/progress/lesson-quizzes';

/**
 * Every numeric item's key is what the core computes for the numbers in its question, and the
 * core's answer falls inside the item's tolerance, in both languages.
 */
const FILES = ['src/content/lesson/lesson.pt-BR.md', 'src/content/lesson/lesson.en.md'];

/** The logit whose sigmoid is `probability`. */
const logit = (probability: number) => Math.log(probability / (1 - probability));

/** ∂ℓ/∂z at the output for ŷ = σ(z), from the autodiff: `loss` builds ℓ from ŷ. */
function outputGradient(prediction: number, loss: (output: Value) => Value): number {
  const z = new Value(logit(prediction));
  loss(z.sigmoid()).backward();
  return z.grad;
}

/** The first step of the core's Adam on one parameter with gradient g and η = 1. */
function adamFirstStep(gradient: number): number {
  const theta = new Float64Array([0]);
  createOptimizer({ name: 'adam', beta1: 0.9, beta2: 0.999 }, 1).update(
    theta,
    new Float64Array([gradient]),
    1,
  );
  return -theta[0]!;
}

/** The core's answer for each numeric item, by quiz id. */
const EXPECTED: Record<string, () => number> = {
  'max-gate-gradient': () => {
    // max(x, y) = y + ReLU(x − y), so the graph is built from the core's own ops
    const [x, y, z] = [new Value(3), new Value(1), new Value(-2)];
    y.add(x.sub(y).relu()).mul(z).backward();
    return x.grad;
  },
  // y = 1: BCE is −ln ŷ
  'bce-output-gradient-value': () => outputGradient(0.3, (output) => output.log().neg()),
  'one-update-step': () => {
    const weight = new Float64Array([0.5]);
    gradientStep(weight, new Float64Array([-0.2]), 0.1);
    return weight[0]!;
  },
  // y = 1: L = ½(1 − ŷ)²
  'output-delta-value': () =>
    outputGradient(0.8, (output) => output.neg().add(1).square().mul(0.5)),
  'sigmoid-slope-from-output': () => {
    const z = logit(0.8);
    return ACTIVATION_FUNCTIONS.sigmoid.derivative(z, sigmoid(z));
  },
  'tanh-slope-from-output': () => {
    const z = Math.atanh(0.6);
    return ACTIVATION_FUNCTIONS.tanh.derivative(z, tanh(z));
  },
  // the corrected first step is η·sign(g); undoing both corrections scales it by (1 − β₁)/√(1 − β₂)
  'adam-uncorrected-first-step': () => (adamFirstStep(0.37) * (1 - 0.9)) / Math.sqrt(1 - 0.999),
};

describe.each(FILES)('the numeric items of %s', (file) => {
  const numeric = lessonQuizzes(parseLesson(readFileSync(file, 'utf8')).lesson).filter(
    (quiz): quiz is NumericQuiz => quiz.kind === 'numeric',
  );

  it('are all checked here', () => {
    expect(numeric.map((quiz) => quiz.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s: the key is what the core computes', (id) => {
    const quiz = numeric.find((candidate) => candidate.id === id);
    expect(quiz).toBeDefined();
    const computed = EXPECTED[id]!();
    expect(isCorrectNumber(quiz!, computed)).toBe(true);
    expect(Math.abs(quiz!.value - computed)).toBeLessThanOrEqual(quiz!.tolerance.amount / 2);
  });
});

describe('claims of the optimisers section, checked against the core', () => {
  it('Adam with both corrections moves each parameter by about η on its first step', () => {
    for (const gradient of [1e-3, 0.37, -25]) {
      expect(Math.abs(adamFirstStep(gradient))).toBeCloseTo(1, 4);
    }
  });

  it('momentum damps a gradient that flips sign to about 1/(1 + μ) of it', () => {
    const theta = new Float64Array([0]);
    const momentum = createOptimizer({ name: 'momentum', momentum: 0.9 }, 1);
    let last = 0;
    for (let step = 0; step < 200; step++) {
      const before = theta[0]!;
      momentum.update(theta, new Float64Array([step % 2 === 0 ? 1 : -1]), 1);
      last = Math.abs(theta[0]! - before);
    }
    expect(last).toBeCloseTo(1 / 1.9, 6);
  });
});

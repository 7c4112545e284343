// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  outputLoss,
  type ComparedLoss,
} from '../../../../src/labs/loss-comparison/model/loss-comparison';
import {
  COMPARISON_EXAMPLES,
  comparisonSpec,
  comparisonStart,
  createComparisonTrainers,
  DEFAULT_COMPARISON_CONFIG,
  snapshotRun,
} from '../../../../src/labs/loss-comparison/model/loss-comparison-run';
import { traceExample } from '../../../../src/core/network/trace';
import { fieldOf } from '../../../core/configuration-field';

describe('loss comparison run, mutant checks', () => {
  it('starts saturated by default: ŷ > 0.98 on every XOR input', () => {
    const start = comparisonStart(DEFAULT_COMPARISON_CONFIG);
    for (const example of COMPARISON_EXAMPLES) {
      const prediction = traceExample(comparisonSpec('halfSquaredError'), start, example)
        .prediction[0]!;
      expect(prediction).toBeGreaterThan(0.98);
    }
  });

  // hand-built 2–4–1 networks: hidden rows [w₁, w₂, b] (units 2 and 3 off), output [v₀, v₁, c]
  it.each([
    // h₀ ≈ x₁ OR x₂, ŷ ≈ h₀: right on (0,0), (0,1), (1,0), wrong on (1,1)
    ['x₁ OR x₂', [10, 10, -5], [0, 0, 0], [10, 0, -5], 3 / 4],
    // h₀ ≈ OR, h₁ ≈ AND, ŷ ≈ OR and not AND = XOR: all four right
    ['x₁ XOR x₂', [10, 10, -5], [10, 10, -15], [10, -20, -5], 1],
    // at (0,0) h₀ = σ(0) = ½ exactly, so z = 2·½ − 1 = 0 and ŷ = ½ exactly, which counts as class 1
    // (wrong there); ŷ > ½ elsewhere: right on (0,1), (1,0) only
    ['ŷ = ½ exactly at (0,0)', [10, 10, 0], [0, 0, 0], [2, 0, -1], 2 / 4],
  ] as const)(
    'counts accuracy as the share on the right side of ½ (%s)',
    (_, h0, h1, out, share) => {
      const trainer = createComparisonTrainers({
        ...DEFAULT_COMPARISON_CONFIG,
        saturated: false,
      }).binaryCrossEntropy;
      const parameters = trainer.parameters();
      parameters[0]!.weights = [
        [h0[0], h0[1]],
        [h1[0], h1[1]],
        [0, 0],
        [0, 0],
      ];
      parameters[0]!.biases = [h0[2], h1[2], 0, 0];
      parameters[1]!.weights = [[out[0], out[1], 0, 0]];
      parameters[1]!.biases = [out[2]];
      trainer.setParameters(parameters);
      const predictions = COMPARISON_EXAMPLES.map(
        (example) =>
          traceExample(comparisonSpec('binaryCrossEntropy'), parameters, example).prediction[0]!,
      );
      if (share === 2 / 4) expect(predictions[0]).toBe(0.5);
      const right = COMPARISON_EXAMPLES.filter(
        (example, index) => predictions[index]! >= 0.5 === (example.target[0] === 1),
      ).length;
      expect(right / 4).toBe(share);
      expect(snapshotRun(trainer, 'binaryCrossEntropy', 0).accuracy).toBe(share);
    },
  );

  it('names the offending field', () => {
    expect(fieldOf(() => comparisonStart({ ...DEFAULT_COMPARISON_CONFIG, learningRate: -1 }))).toBe(
      'learningRate',
    );
    const trainers = createComparisonTrainers(DEFAULT_COMPARISON_CONFIG);
    expect(fieldOf(() => snapshotRun(trainers.halfSquaredError, 'halfSquaredError', 4))).toBe(
      'example',
    );
    expect(fieldOf(() => outputLoss('hinge' as ComparedLoss, 0, 0))).toBe('loss');
  });
});

import { describe, expect, it } from 'vitest';
import {
  createArchitectureRun,
  mapExamples,
  predictPoint,
} from '../../../../src/labs/architecture/model/architecture-run';
import {
  FEATURES,
  featureVector,
  orderFeatures,
  toggleFeature,
} from '../../../../src/labs/architecture/model/features';
import { ARCHITECTURE_DEFAULTS } from '../../../../src/labs/architecture/store';

describe('featureVector', () => {
  it('maps (x₁, x₂) to x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂', () => {
    for (const [x1, x2] of [
      [0.3, -0.7],
      [-1.2, 0.45],
      [0, 2],
    ] as const) {
      expect(featureVector(FEATURES, x1, x2)).toEqual([
        x1,
        x2,
        x1 * x1,
        x2 * x2,
        x1 * x2,
        Math.sin(x1),
        Math.sin(x2),
      ]);
    }
  });

  it('keeps only the chosen features, in their fixed order', () => {
    expect(featureVector(['x2Squared', 'sinX1'], 0.5, -2)).toEqual([4, Math.sin(0.5)]);
    expect(orderFeatures(['sinX2', 'x1', 'x1x2'])).toEqual(['x1', 'x1x2', 'sinX2']);
  });
});

describe('toggleFeature', () => {
  it('switches a feature on in order, off again, and never the last one off', () => {
    expect(toggleFeature(['x1', 'x2'], 'x1Squared')).toEqual(['x1', 'x2', 'x1Squared']);
    expect(toggleFeature(['x2', 'x1Squared'], 'x1')).toEqual(['x1', 'x2', 'x1Squared']);
    expect(toggleFeature(['x1', 'x2'], 'x1')).toEqual(['x2']);
    const last = ['sinX1'] as const;
    expect(toggleFeature(last, 'sinX1')).toBe(last);
  });
});

describe('a run with chosen features', () => {
  it('feeds the network one input per feature and keeps the points as drawn', () => {
    const features = ['x1Squared', 'x2Squared', 'x1x2'] as const;
    const run = createArchitectureRun({ ...ARCHITECTURE_DEFAULTS, features });
    expect(run.spec.inputSize).toBe(3);
    const point = run.dataset.train[0]!;
    expect(point.input).toHaveLength(2);
    const [x1, x2] = [point.input[0]!, point.input[1]!];
    expect(run.examples.train[0]!.input).toEqual([x1 * x1, x2 * x2, x1 * x2]);
    expect(run.examples.train[0]!.target).toEqual(point.target);
    expect(run.examples.test).toEqual(mapExamples(run.dataset.test, features));
    // predictPoint runs the network on the point's features
    const direct = run.trainer.predict(run.examples.train[0]!.input)[0]!;
    expect(predictPoint(run, x1, x2)).toBe(direct);
  });

  it('changes the input layer: the first weight matrix has one column per feature', () => {
    for (const features of [['x1'], ['x1', 'x2', 'sinX1', 'sinX2']] as const) {
      const run = createArchitectureRun({ ...ARCHITECTURE_DEFAULTS, features });
      const [first] = run.trainer.parameters();
      expect(first!.weights.every((row) => row.length === features.length)).toBe(true);
    }
  });
});

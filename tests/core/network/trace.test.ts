import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { graphGradients } from '../../../src/core/network/graph-network';
import { traceExample } from '../../../src/core/network/trace';
import type { ActivationName, NetworkParameters, NetworkSpec } from '../../../src/core/types';
import { at } from '../indexing';
import { caseArbitrary, shrinkTimeLimit } from './arbitraries';
import {
  activation,
  activationSlope,
  centralDifference,
  gradientsAgree,
  referenceForward,
  referenceLoss,
} from './reference-network';

/** `actual` may be a missed index: toBeCloseTo then fails, as undefined is close to nothing. */
const close = (actual: number | undefined, expected: number) =>
  expect(actual).toBeCloseTo(expected, 12);

type Pair = [number, number];
interface LessonWeights {
  w: [Pair, Pair];
  b: Pair;
  v: Pair;
  c: number;
}

// The lesson's example: x = (1.0, 0.5), y = 1. The second set of weights makes unit 2 dead under ReLU (z2 < 0).
const x: Pair = [1.0, 0.5];
const y = 1;
const weightSets: [LessonWeights, LessonWeights] = [
  {
    w: [
      [0.5, -0.3],
      [0.8, 0.2],
    ],
    b: [0.1, -0.1],
    v: [0.7, -0.4],
    c: 0.05,
  },
  {
    w: [
      [0.4, 0.6],
      [-0.8, 0.2],
    ],
    b: [-0.2, -0.1],
    v: [-0.9, 1.1],
    c: 0.3,
  },
];

function lessonNetwork(hidden: ActivationName, loss: NetworkSpec['loss'], set: LessonWeights) {
  const spec: NetworkSpec = {
    inputSize: 2,
    layers: [
      { size: 2, activation: hidden },
      { size: 1, activation: 'sigmoid' },
    ],
    loss,
  };
  const parameters: NetworkParameters = [
    { weights: set.w, biases: set.b },
    { weights: [set.v], biases: [set.c] },
  ];
  return { spec, parameters };
}

describe('traceExample on the lesson 2–2–1 network, against the backward equations by hand', () => {
  for (const hidden of ['sigmoid', 'tanh', 'relu'] as const) {
    weightSets.forEach((set, setIndex) => {
      it(`${hidden} hidden layer, weights #${setIndex + 1}, ℓ = ½(ŷ − y)²`, () => {
        const { spec, parameters } = lessonNetwork(hidden, 'halfSquaredError', set);
        // forward: z_i = w_i1·x1 + w_i2·x2 + b_i, a_i = g(z_i), z_o = v1·a1 + v2·a2 + c, ŷ = σ(z_o)
        const [w1, w2] = set.w;
        const z: Pair = [
          w1[0] * x[0] + w1[1] * x[1] + set.b[0],
          w2[0] * x[0] + w2[1] * x[1] + set.b[1],
        ];
        const gSlope = (value: number) => {
          if (hidden === 'sigmoid')
            return (1 / (1 + Math.exp(-value))) * (1 - 1 / (1 + Math.exp(-value)));
          if (hidden === 'tanh') return 1 - Math.tanh(value) ** 2;
          return value > 0 ? 1 : 0;
        };
        const a: Pair = [activation(hidden, z[0]), activation(hidden, z[1])];
        const zOutput = set.v[0] * a[0] + set.v[1] * a[1] + set.c;
        const yHat = 1 / (1 + Math.exp(-zOutput));
        const loss = 0.5 * (yHat - y) ** 2;
        // backward, the lesson's equations
        const dLossDzOutput = (yHat - y) * yHat * (1 - yHat); // (ŷ − y)·σ′(z_o)
        const dLossDv = a.map((ai) => ai * dLossDzOutput); // a_i·∂ℓ/∂z_o
        const dLossDc = dLossDzOutput;
        const dLossDa = set.v.map((vi) => vi * dLossDzOutput); // v_i·∂ℓ/∂z_o, v before any update
        const dLossDz = z.map((zi, i) => at(dLossDa, i) * gSlope(zi)); // ∂ℓ/∂a_i·g′(z_i)
        const dLossDw = dLossDz.map((d) => x.map((xj) => xj * d)); // x_j·∂ℓ/∂z_i
        const dLossDb = dLossDz;

        const trace = traceExample(spec, parameters, { input: x, target: [y] });
        expect(trace.layers).toHaveLength(2);
        const hiddenTrace = trace.layers[0]!;
        const outputTrace = trace.layers[1]!;
        z.forEach((value, i) => close(hiddenTrace.z[i], value));
        a.forEach((value, i) => close(hiddenTrace.a[i], value));
        close(outputTrace.z[0], zOutput);
        close(trace.prediction[0], yHat);
        close(trace.loss, loss);
        close(outputTrace.dLossDa[0], yHat - y);
        close(outputTrace.dLossDz[0], dLossDzOutput);
        dLossDv.forEach((value, i) => close(outputTrace.dLossDWeights[0]?.[i], value));
        close(outputTrace.dLossDBiases[0], dLossDc);
        dLossDa.forEach((value, i) => close(hiddenTrace.dLossDa[i], value));
        dLossDz.forEach((value, i) => close(hiddenTrace.dLossDz[i], value));
        dLossDw.forEach((row, i) =>
          row.forEach((value, j) => close(hiddenTrace.dLossDWeights[i]?.[j], value)),
        );
        dLossDb.forEach((value, i) => close(hiddenTrace.dLossDBiases[i], value));
        if (hidden === 'relu' && z[1] <= 0) expect(hiddenTrace.dLossDWeights[1]).toEqual([0, 0]);
      });
    });
  }

  it('binary cross-entropy removes the σ′ factor: ∂ℓ/∂z_o = ŷ − y', () => {
    for (const target of [0, 1, 0.3]) {
      const { spec, parameters } = lessonNetwork('tanh', 'binaryCrossEntropy', weightSets[0]);
      const trace = traceExample(spec, parameters, { input: x, target: [target] });
      const yHat = at(trace.prediction, 0);
      close(trace.layers[1]?.dLossDz[0], yHat - target);
      close(trace.loss, -(target * Math.log(yHat) + (1 - target) * Math.log(1 - yHat)));
      // ∂ℓ/∂ŷ = −y/ŷ + (1 − y)/(1 − ŷ), and the chain rule ∂ℓ/∂z_o = ∂ℓ/∂ŷ·σ′(z_o)
      const dLossDyHat = at(at(trace.layers, 1).dLossDa, 0);
      close(dLossDyHat, -target / yHat + (1 - target) / (1 - yHat));
      close(dLossDyHat * yHat * (1 - yHat), yHat - target);
    }
  });
});

describe('traceExample on random networks', () => {
  it('agrees with the reference forward pass, graphGradients and finite differences in x', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ spec, parameters, examples }) => {
        const example = at(examples, 0);
        const { z, a } = referenceForward(spec, parameters, example.input);
        fc.pre(
          spec.layers.every(
            (layer, l) =>
              !['relu', 'leakyRelu'].includes(layer.activation) ||
              at(z, l).every((value) => Math.abs(value) > 1e-3),
          ),
        );
        const trace = traceExample(spec, parameters, example);
        const { gradients } = graphGradients(spec, parameters, [example]);
        trace.layers.forEach((layer, l) => {
          const [zl, al] = [at(z, l), at(a, l)];
          expect(layer.z.every((value, i) => gradientsAgree(value, at(zl, i), 1e-12))).toBe(true);
          expect(layer.a.every((value, i) => gradientsAgree(value, at(al, i), 1e-12))).toBe(true);
          expect(layer.dLossDWeights).toEqual(gradients[l]?.weights);
          expect(layer.dLossDBiases).toEqual(gradients[l]?.biases);
          expect(layer.dLossDBiases).toEqual(layer.dLossDz); // ∂ℓ/∂b_i = ∂ℓ/∂z_i
          // ∂ℓ/∂z_i = ∂ℓ/∂a_i·g′(z_i), the chain rule through each activation
          const g = at(spec.layers, l).activation;
          const softmaxOutput = spec.loss === 'softmaxCrossEntropy' && l === spec.layers.length - 1;
          if (!softmaxOutput)
            layer.dLossDz.forEach((d, i) =>
              expect(
                gradientsAgree(d, at(layer.dLossDa, i) * activationSlope(g, at(layer.z, i)), 1e-9),
              ).toBe(true),
            );
        });
        const loss = () => referenceLoss(spec, parameters, example);
        const input = [...example.input];
        const inputLoss = () => referenceLoss(spec, parameters, { input, target: example.target });
        expect(gradientsAgree(trace.loss, loss(), 1e-12)).toBe(true);
        trace.dLossDInput.forEach((analytic, j) =>
          expect(gradientsAgree(analytic, centralDifference(input, j, inputLoss))).toBe(true),
        );
        expect(JSON.stringify(trace)).not.toContain('null'); // NaN and ±Infinity would serialise as null
      }),
      { seed: 424242, numRuns: 150, plugins: [shrinkTimeLimit()] },
    );
  });

  it('softmax output ∂ℓ/∂ŷ_k = −y_k/ŷ_k and prediction = softmax(z)', () => {
    const spec: NetworkSpec = {
      inputSize: 1,
      layers: [{ size: 3, activation: 'linear' }],
      loss: 'softmaxCrossEntropy',
    };
    const parameters: NetworkParameters = [{ weights: [[1], [-0.5], [2]], biases: [0.2, 0, -1] }];
    const target = [0.2, 0, 0.8];
    const trace = traceExample(spec, parameters, { input: [0.7], target });
    const logits = [0.7 + 0.2, -0.35, 1.4 - 1];
    const total = logits.reduce((sum, v) => sum + Math.exp(v), 0);
    const softmax = logits.map((v) => Math.exp(v) / total);
    softmax.forEach((p, k) => close(trace.prediction[k], p));
    softmax.forEach((p, k) => close(trace.layers[0]?.dLossDa[k], -at(target, k) / p));
    softmax.forEach((p, k) => close(trace.layers[0]?.dLossDz[k], p - at(target, k)));
  });

  it('stays finite and NaN-free when the cross-entropy output saturates at |z| = 1000', () => {
    const bce: NetworkSpec = {
      inputSize: 1,
      layers: [{ size: 1, activation: 'sigmoid' }],
      loss: 'binaryCrossEntropy',
    };
    const softmax: NetworkSpec = {
      inputSize: 1,
      layers: [{ size: 2, activation: 'linear' }],
      loss: 'softmaxCrossEntropy',
    };
    const traces = [-1000, 1000].flatMap((input) => [
      ...[0, 1, 0.5].map((target) =>
        traceExample(bce, [{ weights: [[1]], biases: [0] }], { input: [input], target: [target] }),
      ),
      ...[
        [1, 0],
        [0, 1],
      ].map((target) =>
        traceExample(softmax, [{ weights: [[1], [-1]], biases: [0, 0] }], {
          input: [input],
          target,
        }),
      ),
    ]);
    const numbers = (value: unknown): number[] =>
      Array.isArray(value)
        ? value.flatMap(numbers)
        : typeof value === 'number'
          ? [value]
          : typeof value === 'object' && value !== null
            ? Object.values(value).flatMap(numbers)
            : [];
    for (const trace of traces) expect(numbers(trace).every(Number.isFinite)).toBe(true);
  });
});

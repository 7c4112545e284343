import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphGradients } from '../../../src/core/network/graph-network';
import { flattenParameters } from '../../../src/core/network/parameters';
import { compileNetwork } from '../../../src/core/tape/tape';
import type { Tape } from '../../../src/core/tape/tape';
import type { Example } from '../../../src/core/types';
import { networkCase } from './network-arbitrary';

const STEP = 1e-5;
/** Closer than this to a ReLU kink, a central difference straddles it. */
const KINK_MARGIN = 1e-3;

/** Mean loss J over the batch at the tape's current parameters. */
function meanLoss(tape: Tape, examples: Example[]): number {
  let sum = 0;
  for (const example of examples) sum += tape.forward(example.input, example.target);
  return sum / examples.length;
}

/** Mean gradient ∂J/∂θ by forward + backward on every example. */
function tapeGradient(tape: Tape, examples: Example[]): Float64Array {
  tape.zeroGradients();
  for (const example of examples) {
    tape.forward(example.input, example.target);
    tape.backward();
  }
  return tape.gradients.map((gradient) => gradient / examples.length);
}

/** True when some ReLU-family pre-activation sits within KINK_MARGIN of 0 for some example. */
function nearKink(tape: Tape, examples: Example[]): boolean {
  return examples.some((example) => {
    tape.forward(example.input, example.target);
    return tape.spec.layers.some((layer, index) => {
      if (layer.activation !== 'relu' && layer.activation !== 'leakyRelu') return false;
      const slots = tape.layers[index]!;
      const z = tape.values.subarray(slots.preActivation, slots.preActivation + slots.size);
      return z.some((value) => Math.abs(value) < KINK_MARGIN);
    });
  });
}

describe('tape gradients', () => {
  it('match central finite differences on random networks, activations and losses', () => {
    fc.assert(
      fc.property(networkCase, ({ spec, parameters, examples }) => {
        const tape = compileNetwork(spec);
        tape.parameters.set(flattenParameters(spec, parameters));
        fc.pre(!nearKink(tape, examples));
        const analytic = tapeGradient(tape, examples);
        for (let index = 0; index < tape.parameters.length; index++) {
          const original = tape.parameters[index]!;
          tape.parameters[index] = original + STEP;
          const above = meanLoss(tape, examples);
          tape.parameters[index] = original - STEP;
          const below = meanLoss(tape, examples);
          tape.parameters[index] = original;
          // ∂J/∂θ ≈ (J(θ + h) − J(θ − h)) / 2h
          const numeric = (above - below) / (2 * STEP);
          const a = analytic[index]!;
          const tolerance = 1e-6 * Math.max(1, Math.abs(a), Math.abs(numeric));
          expect(Math.abs(a - numeric)).toBeLessThanOrEqual(tolerance);
        }
      }),
      { seed: 20240601, numRuns: 300 },
    );
  });

  it('equal graphGradients (loss and every gradient) for the same parameters and examples', () => {
    fc.assert(
      fc.property(networkCase, ({ spec, parameters, examples }) => {
        const tape = compileNetwork(spec);
        tape.parameters.set(flattenParameters(spec, parameters));
        const loss = meanLoss(tape, examples);
        const gradient = tapeGradient(tape, examples);
        const graph = graphGradients(spec, parameters, examples);
        expect(loss).toBeCloseTo(graph.loss, 12);
        const expected = flattenParameters(spec, graph.gradients);
        expected.forEach((value, index) => expect(gradient[index]).toBeCloseTo(value, 12));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('writes the lesson 2–2–1 gradients of the backward equations', () => {
    const spec = {
      inputSize: 2,
      layers: [
        { size: 2, activation: 'sigmoid' as const },
        { size: 1, activation: 'sigmoid' as const },
      ],
      loss: 'halfSquaredError' as const,
    };
    const [w11, w12, w21, w22, b1, b2, v1, v2, c] = [
      0.3, -0.2, 0.5, 0.1, 0.05, -0.4, 0.7, -0.6, 0.2,
    ];
    const tape = compileNetwork(spec);
    tape.parameters.set([w11, w12, w21, w22, b1, b2, v1, v2, c]);
    const [x1, x2, y] = [1, 0.5, 1];
    const sigma = (z: number) => 1 / (1 + Math.exp(-z));
    const a1 = sigma(w11 * x1 + w12 * x2 + b1);
    const a2 = sigma(w21 * x1 + w22 * x2 + b2);
    const yHat = sigma(v1 * a1 + v2 * a2 + c);
    const loss = tape.forward([x1, x2], [y]);
    tape.backward();
    expect(loss).toBeCloseTo(0.5 * (y - yHat) ** 2, 14);
    const outputDelta = (yHat - y) * yHat * (1 - yHat); // ∂ℓ/∂z_o
    const delta1 = v1 * outputDelta * a1 * (1 - a1); // ∂ℓ/∂z_1
    const delta2 = v2 * outputDelta * a2 * (1 - a2);
    const expected = [
      x1 * delta1,
      x2 * delta1,
      x1 * delta2,
      x2 * delta2,
      delta1,
      delta2,
      a1 * outputDelta,
      a2 * outputDelta,
      outputDelta,
    ];
    expected.forEach((value, index) => expect(tape.gradients[index]).toBeCloseTo(value, 14));
    expect(tape.prediction[0]).toBeCloseTo(yHat, 14);
  });
});

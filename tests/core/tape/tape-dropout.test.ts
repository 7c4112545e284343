import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors';
import { compileNetwork } from '../../../src/core/tape/tape';
import type { NetworkSpec } from '../../../src/core/types';

const spec: NetworkSpec = {
  inputSize: 2,
  layers: [
    { size: 6, activation: 'tanh' },
    { size: 6, activation: 'sigmoid' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'binaryCrossEntropy',
};
const input = [0.4, -0.7];

/** A tape with parameters θ_i = sin(i), so every unit is active. */
function tapeWith(dropout: number, seed: number) {
  const tape = compileNetwork(spec, { dropout, seed });
  tape.parameters.forEach((_, index) => (tape.parameters[index] = Math.sin(index + 1)));
  return tape;
}

describe('tape dropout', () => {
  it('draws the same masks for the same seed and different ones for another seed', () => {
    const first = tapeWith(0.5, 3);
    const second = tapeWith(0.5, 3);
    const other = tapeWith(0.5, 4);
    first.training = second.training = other.training = true;
    const outputs = (tape: ReturnType<typeof tapeWith>) =>
      Array.from({ length: 20 }, () => tape.predict(input)[0]);
    const firstOutputs = outputs(first);
    expect(outputs(second)).toEqual(firstOutputs);
    expect(outputs(other)).not.toEqual(firstOutputs);
  });

  it('is the identity when not training', () => {
    const plain = tapeWith(0, 1);
    const dropped = tapeWith(0.5, 1);
    const expected = plain.predict(input)[0];
    for (let round = 0; round < 10; round++) expect(dropped.predict(input)[0]).toBe(expected);
  });

  it('keeps each unit’s expected output: mask is 0 or 1/(1 − p) with mean 1', () => {
    const rate = 0.3;
    const tape = tapeWith(rate, 11);
    tape.training = true;
    const slots = tape.layers[0]!;
    const draws = 20_000;
    let kept = 0;
    let ratioSum = 0;
    for (let draw = 0; draw < draws; draw++) {
      tape.predict(input);
      const ratio = tape.values[slots.output]! / tape.values[slots.activation]!;
      if (ratio !== 0) {
        expect(ratio).toBeCloseTo(1 / (1 - rate), 12);
        kept++;
      }
      ratioSum += ratio;
    }
    // the mask mean has standard deviation √(p/(1−p)/n) ≈ 0.0046 here; allow 5σ
    expect(Math.abs(ratioSum / draws - 1)).toBeLessThan(5 * Math.sqrt(rate / (1 - rate) / draws));
    expect(Math.abs(kept / draws - (1 - rate))).toBeLessThan(0.02);
  });

  it('back-propagates through the kept units only', () => {
    const tape = tapeWith(0.5, 5);
    tape.training = true;
    tape.forward(input, [1]);
    tape.backward();
    const slots = tape.layers[1]!;
    for (let unit = 0; unit < slots.size; unit++) {
      const mask = tape.values[slots.output + unit]! / tape.values[slots.activation + unit]!;
      // ∂ℓ/∂a = ∂ℓ/∂(dropped a)·mask
      expect(tape.derivatives[slots.activation + unit]).toBeCloseTo(
        tape.derivatives[slots.output + unit]! * mask,
        14,
      );
    }
  });

  it('rejects a rate outside [0, 1) and an invalid spec', () => {
    for (const dropout of [-0.1, 1, Number.NaN]) {
      expect(() => compileNetwork(spec, { dropout })).toThrow(
        expect.objectContaining({ field: 'dropout' }),
      );
    }
    expect(() => compileNetwork({ ...spec, inputSize: 0 })).toThrow(ConfigurationError);
  });
});

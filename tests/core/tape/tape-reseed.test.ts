import { describe, expect, it } from 'vitest';
import { compileNetwork } from '../../../src/core/tape/tape';
import type { NetworkSpec } from '../../../src/core/types';

const spec: NetworkSpec = {
  inputSize: 2,
  layers: [
    { size: 6, activation: 'tanh' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'binaryCrossEntropy',
};
const input = [0.4, -0.7];

function tapeWith(dropout: number, seed: number) {
  const tape = compileNetwork(spec, { dropout, seed });
  tape.parameters.forEach((_, index) => (tape.parameters[index] = Math.sin(index + 1)));
  return tape;
}

describe('tape dropout masks', () => {
  it('reseed restarts the masks: the outputs repeat those of a fresh tape', () => {
    const tape = tapeWith(0.5, 3);
    tape.training = true;
    const outputs = () => Array.from({ length: 12 }, () => tape.predict(input)[0]);
    const first = outputs();
    expect(new Set(first).size).toBeGreaterThan(1);
    expect(outputs()).not.toEqual(first);
    tape.reseed(3);
    expect(outputs()).toEqual(first);
  });

  it('uses every unit again once training stops', () => {
    const plain = tapeWith(0, 1).predict(input)[0];
    const tape = tapeWith(0.5, 1);
    tape.training = true;
    for (let round = 0; round < 5; round++) tape.predict(input);
    tape.training = false;
    expect(tape.predict(input)[0]).toBe(plain);
  });

  it('rejects a non-finite seed', () => {
    expect(() => compileNetwork(spec, { dropout: 0.2, seed: Number.NaN })).toThrow(
      expect.objectContaining({ field: 'seed', message: expect.stringMatching(/finite/) }),
    );
    expect(() => compileNetwork(spec, { dropout: 1 })).toThrow(
      expect.objectContaining({ field: 'dropout', message: expect.stringMatching(/\[0, 1\)/) }),
    );
  });
});

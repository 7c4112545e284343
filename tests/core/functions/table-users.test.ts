import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Value } from '../../../src/core/autodiff/value';
import { ACTIVATION_FUNCTIONS } from '../../../src/core/functions/activations';
import { LOSS_FUNCTIONS, logSumExp } from '../../../src/core/functions/losses';
import { activationBackward, activationForward } from '../../../src/core/tape/kernels';
import { lossBackward, lossForward } from '../../../src/core/tape/loss-kernels';
import { ACTIVATIONS, LOSSES } from '../../../src/core/types';
import { at } from '../indexing';

// The graph's ops and the tape's kernels run the tables' formulas: the same numbers, bit for bit.

const ops = {
  sigmoid: (x: Value) => x.sigmoid(),
  tanh: (x: Value) => x.tanh(),
  relu: (x: Value) => x.relu(),
  leakyRelu: (x: Value) => x.leakyRelu(),
};
const TAPE_ACTIVATIONS = ACTIVATIONS.filter((name) => name !== 'linear');
const real = fc.double({ min: -50, max: 50, noNaN: true });

describe('the activation table’s users', () => {
  it.each(TAPE_ACTIVATIONS)('%s: the Value op is forward and derivative', (name) => {
    const { forward, derivative } = ACTIVATION_FUNCTIONS[name];
    fc.assert(
      fc.property(real, real, (z, outputGrad) => {
        const input = new Value(z);
        const output = ops[name](input);
        expect(output.op).toBe(name);
        expect(output.data).toBe(forward(z));
        // one step of the chain rule, input.grad = 0 + g′·∂root/∂output, with ∂root/∂output = c
        output.mul(outputGrad).backward();
        expect(input.grad).toBe(0 + derivative(z, forward(z)) * outputGrad);
      }),
      { seed: 3, numRuns: 100 },
    );
  });

  it.each(TAPE_ACTIVATIONS)('%s: the tape kernels are forward and derivative', (name) => {
    const { forward, derivative, code } = ACTIVATION_FUNCTIONS[name];
    fc.assert(
      fc.property(fc.array(fc.tuple(real, real), { minLength: 1, maxLength: 6 }), (units) => {
        const size = units.length;
        // z at 1, a at 1 + size, with a spare slot in front so the offsets matter
        const values = new Float64Array(1 + 2 * size);
        const derivatives = new Float64Array(values.length);
        units.forEach(([z, outputDerivative], i) => {
          values[1 + i] = z;
          derivatives[1 + size + i] = outputDerivative;
        });
        activationForward(values, code, 1, 1 + size, size);
        activationBackward(values, derivatives, code, 1, 1 + size, size);
        units.forEach(([z, outputDerivative], i) => {
          expect(values[1 + size + i]).toBe(forward(z));
          expect(derivatives[1 + i]).toBe(outputDerivative * derivative(z, forward(z)));
        });
      }),
      { seed: 5, numRuns: 100 },
    );
  });
});

describe('the loss table’s users', () => {
  it.each(LOSSES)('%s: the tape kernels are the terms, total and gradient', (loss) => {
    const { reads, term, total, gradient } = LOSS_FUNCTIONS[loss];
    const kind = LOSSES.indexOf(loss);
    const sizes = loss === 'binaryCrossEntropy' ? { min: 1, max: 1 } : { min: 2, max: 4 };
    fc.assert(
      fc.property(
        fc.integer(sizes).chain((K) =>
          fc.array(fc.tuple(real, fc.double({ min: 0, max: 1, noNaN: true })), {
            minLength: K,
            maxLength: K,
          }),
        ),
        (units) => {
          const size = units.length;
          const inputs = units.map(([input]) => input);
          const targets = units.map(([, target]) => target);
          // the loss input at 0, ŷ at `size` (or aliasing the input, as a squared error's a), y after
          const predictionOffset = reads === 'logit' ? size : 0;
          const targetOffset = 2 * size;
          const values = new Float64Array(3 * size);
          const derivatives = new Float64Array(values.length);
          values.set(inputs, 0);
          values.set(targets, targetOffset);
          const ell = lossForward(values, kind, 0, predictionOffset, targetOffset, size);
          const shift = logSumExp(inputs);
          const termSum = inputs.reduce(
            (sum, input, k) => sum + term(input, at(targets, k), shift),
            0,
          );
          expect(ell).toBe(total(termSum, size));
          lossBackward(values, derivatives, kind, 0, predictionOffset, targetOffset, size);
          const targetSum = targets.reduce((sum, y) => sum + y, 0);
          targets.forEach((target, k) => {
            const prediction = at(values, predictionOffset + k);
            expect(derivatives[k]).toBe(gradient(prediction, target, size, targetSum));
          });
        },
      ),
      { seed: 9, numRuns: 100 },
    );
  });
});

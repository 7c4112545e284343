import {
  activationBackward,
  activationForward,
  denseBackward,
  denseForward,
} from '../../src/core/tape/kernels';
import { lossBackward, lossForward } from '../../src/core/tape/loss-kernels';
import { buildProgram, DENSE, STRIDE } from '../../src/core/tape/program';
import type { NetworkSpec } from '../../src/core/types';

/** A forward and backward closure per entry, made once: the alternative to the opcode switch. */
interface Entry {
  forward(): void;
  backward(): void;
}

/** The tape design with closures instead of opcodes, for comparing dispatch cost (no dropout). */
export class ClosureTape {
  readonly parameters: Float64Array;
  readonly gradients: Float64Array;
  private readonly values: Float64Array;
  private readonly entries: Entry[] = [];
  private readonly loss: () => number;
  private readonly seed: () => void;
  private readonly inputSize: number = 0;
  private readonly outputSize: number = 0;
  private readonly targetOffset: number = 0;

  constructor(spec: NetworkSpec, parameterCount: number) {
    const program = buildProgram(spec, 0);
    const values = new Float64Array(program.valueCount);
    const derivatives = new Float64Array(program.valueCount);
    const parameters = new Float64Array(parameterCount);
    const gradients = new Float64Array(parameterCount);
    for (let entry = 0; entry < program.entryCount; entry++) {
      const [operation, input, output, weight, inputSize, size] = program.entries.subarray(
        entry * STRIDE,
        entry * STRIDE + STRIDE,
      );
      if (operation === DENSE) {
        const propagate = entry > 0;
        this.entries.push({
          forward: () =>
            denseForward(values, parameters, input!, output!, weight!, inputSize!, size!),
          backward: () =>
            denseBackward(
              values,
              derivatives,
              parameters,
              gradients,
              input!,
              output!,
              weight!,
              inputSize!,
              size!,
              propagate,
            ),
        });
      } else {
        this.entries.push({
          forward: () => activationForward(values, operation!, input!, output!, size!),
          backward: () =>
            activationBackward(values, derivatives, operation!, input!, output!, size!),
        });
      }
    }
    const { lossKind, lossInputOffset, predictionOffset, targetOffset, outputSize } = program;
    this.loss = () =>
      lossForward(values, lossKind, lossInputOffset, predictionOffset, targetOffset, outputSize);
    this.seed = () =>
      lossBackward(
        values,
        derivatives,
        lossKind,
        lossInputOffset,
        predictionOffset,
        targetOffset,
        outputSize,
      );
    this.values = values;
    this.parameters = parameters;
    this.gradients = gradients;
    this.inputSize = spec.inputSize;
    this.outputSize = outputSize;
    this.targetOffset = targetOffset;
  }

  forward(
    inputs: Float64Array,
    targets: Float64Array,
    inputOffset: number,
    targetOffset: number,
  ): number {
    const values = this.values;
    for (let index = 0; index < this.inputSize; index++)
      values[index] = inputs[inputOffset + index]!;
    for (let index = 0; index < this.outputSize; index++)
      values[this.targetOffset + index] = targets[targetOffset + index]!;
    const entries = this.entries;
    for (let entry = 0; entry < entries.length; entry++) entries[entry]!.forward();
    return this.loss();
  }

  backward(): void {
    this.seed();
    const entries = this.entries;
    for (let entry = entries.length - 1; entry >= 0; entry--) entries[entry]!.backward();
  }
}

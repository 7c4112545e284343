import { ConfigurationError } from '../errors';
import { parameterCount } from '../network/parameters';
import { validateSpec } from '../network/validate';
import { createRng } from '../rng';
import type { Rng } from '../rng';
import type { NetworkSpec } from '../types';
import {
  activationBackward,
  activationForward,
  denseBackward,
  denseForward,
  drawDropoutMask,
  dropoutBackward,
  dropoutForward,
} from './kernels';
import { lossBackward, lossForward } from './loss-kernels';
import { buildProgram, DENSE, DROPOUT, STRIDE } from './program';
import type { LayerSlots, Program } from './program';

export interface CompileOptions {
  /** Inverted-dropout rate on every hidden layer's output, in [0, 1); applied only while training. */
  dropout?: number;
  /** Seed of the dropout masks. */
  seed?: number;
}

/**
 * A network compiled once into a flat tape of layer entries over preallocated Float64Arrays.
 * forward and backward allocate nothing; parameters use the layout of flattenParameters.
 */
export class Tape {
  readonly spec: NetworkSpec;
  /** θ, in the flat layout of flattenParameters. */
  readonly parameters: Float64Array;
  /** ∂J/∂θ accumulated by backward() since the last zeroGradients(). */
  readonly gradients: Float64Array;
  /** Every intermediate number: x | z₁ a₁ | … | ŷ | y (see buildProgram). */
  readonly values: Float64Array;
  /** ∂ℓ/∂value for each slot of `values`, written by backward(). */
  readonly derivatives: Float64Array;
  /** View of ŷ for the last forward pass. */
  readonly prediction: Float64Array;
  /** Where each layer's z and a live in `values`. */
  readonly layers: readonly LayerSlots[];
  /** Dropout draws masks only while this is true. */
  training = false;
  private readonly program: Program;
  private readonly entries: Int32Array;
  private readonly masks: Float64Array;
  private readonly dropoutRate: number = 0;
  private rng: Rng;

  constructor(spec: NetworkSpec, options: CompileOptions = {}) {
    validateSpec(spec);
    const { dropout = 0, seed = 0 } = options;
    if (!Number.isFinite(dropout) || dropout < 0 || dropout >= 1) {
      throw new ConfigurationError('dropout', 'rate must be in [0, 1)');
    }
    if (!Number.isFinite(seed)) throw new ConfigurationError('seed', 'must be a finite number');
    this.spec = spec;
    this.dropoutRate = dropout;
    this.program = buildProgram(spec, dropout);
    this.entries = this.program.entries;
    this.layers = this.program.layers;
    this.parameters = new Float64Array(parameterCount(spec));
    this.gradients = new Float64Array(this.parameters.length);
    this.values = new Float64Array(this.program.valueCount);
    this.derivatives = new Float64Array(this.program.valueCount);
    this.masks = new Float64Array(this.program.maskCount).fill(1);
    const { predictionOffset, outputSize } = this.program;
    this.prediction = this.values.subarray(predictionOffset, predictionOffset + outputSize);
    this.rng = createRng(seed);
  }

  /** Restarts the dropout masks' random sequence. */
  reseed(seed: number): void {
    this.rng = createRng(seed);
  }

  /** Sets every gradient to 0 before accumulating a new batch. */
  zeroGradients(): void {
    const gradients = this.gradients;
    for (let index = 0; index < gradients.length; index++) gradients[index] = 0;
  }

  /**
   * Runs the network on input[inputOffset…] against target[targetOffset…]; returns the example loss ℓ.
   * The caller supplies inputSize and outputSize numbers from those offsets (the Trainer checks its
   * examples with requireExamples); a shorter array is not checked here, on the hot path.
   */
  forward(
    input: ArrayLike<number>,
    target: ArrayLike<number>,
    inputOffset = 0,
    targetOffset = 0,
  ): number {
    const { values, program } = this;
    const targetStart = program.targetOffset;
    // target has outputSize numbers from targetOffset (the caller's contract, see above)
    for (let index = 0; index < program.outputSize; index++) {
      values[targetStart + index] = target[targetOffset + index]!;
    }
    this.run(input, inputOffset);
    return lossForward(
      values,
      program.lossKind,
      program.lossInputOffset,
      program.predictionOffset,
      targetStart,
      program.outputSize,
    );
  }

  /** Runs the network without a target (input as for forward) and returns the prediction view ŷ. */
  predict(input: ArrayLike<number>, inputOffset = 0): Float64Array {
    const { program } = this;
    this.run(input, inputOffset);
    lossForward(
      this.values,
      program.lossKind,
      program.lossInputOffset,
      program.predictionOffset,
      -1,
      program.outputSize,
    );
    return this.prediction;
  }

  /** Back-propagates the last forward pass's ℓ and adds ∂ℓ/∂θ into `gradients`. */
  backward(): void {
    const { values, derivatives, parameters, gradients, entries, masks, program } = this;
    lossBackward(
      values,
      derivatives,
      program.lossKind,
      program.lossInputOffset,
      program.predictionOffset,
      program.targetOffset,
      program.outputSize,
    );
    // entry < entryCount = entries.length / STRIDE, so base … base + 5 are inside `entries`
    for (let entry = program.entryCount - 1; entry >= 0; entry--) {
      const base = entry * STRIDE;
      const operation = entries[base]!;
      const inputOffset = entries[base + 1]!;
      const outputOffset = entries[base + 2]!;
      const size = entries[base + 5]!;
      if (operation === DENSE) {
        const weightOffset = entries[base + 3]!;
        const inputSize = entries[base + 4]!;
        // the input x needs no derivative when it is the network's input
        denseBackward(
          values,
          derivatives,
          parameters,
          gradients,
          inputOffset,
          outputOffset,
          weightOffset,
          inputSize,
          size,
          entry > 0,
        );
      } else if (operation === DROPOUT) {
        dropoutBackward(derivatives, masks, inputOffset, outputOffset, entries[base + 3]!, size);
      } else {
        activationBackward(values, derivatives, operation, inputOffset, outputOffset, size);
      }
    }
  }

  /** Copies the input into x and runs every entry forward. */
  private run(input: ArrayLike<number>, inputOffset: number): void {
    const { values, parameters, entries, masks, program } = this;
    // input has inputSize numbers from inputOffset (the caller's contract, see forward)
    for (let index = 0; index < program.inputSize; index++) {
      values[index] = input[inputOffset + index]!;
    }
    const drawMasks = this.training && this.dropoutRate > 0;
    // entry < entryCount = entries.length / STRIDE, so base … base + 5 are inside `entries`
    for (let entry = 0; entry < program.entryCount; entry++) {
      const base = entry * STRIDE;
      const operation = entries[base]!;
      const inputOffset = entries[base + 1]!;
      const outputOffset = entries[base + 2]!;
      const size = entries[base + 5]!;
      if (operation === DENSE) {
        denseForward(
          values,
          parameters,
          inputOffset,
          outputOffset,
          entries[base + 3]!,
          entries[base + 4]!,
          size,
        );
      } else if (operation === DROPOUT) {
        const maskOffset = entries[base + 3]!;
        if (drawMasks) drawDropoutMask(masks, maskOffset, size, this.dropoutRate, this.rng);
        else masks.fill(1, maskOffset, maskOffset + size);
        dropoutForward(values, masks, inputOffset, outputOffset, maskOffset, size);
      } else {
        activationForward(values, operation, inputOffset, outputOffset, size);
      }
    }
  }
}

/** Compiles the network once into a reusable tape (validates the spec; dropout rate in [0, 1)). */
export function compileNetwork(spec: NetworkSpec, options: CompileOptions = {}): Tape {
  return new Tape(spec, options);
}

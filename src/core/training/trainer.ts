import { flattenParameters, unflattenParameters } from '../network/parameters';
import { validateParameters, validateSpec } from '../network/validate';
import { createRng } from '../rng';
import type { Rng } from '../rng';
import { compileNetwork } from '../tape/tape';
import type { Tape } from '../tape/tape';
import type { Example, NetworkParameters, NetworkSpec } from '../types';
import { createOptimizer } from './optimizers';
import type { Optimizer } from './optimizers';
import { addWeightPenalties, clipGradients, weightMask } from './regularization';
import { learningRateAt } from './schedules';
import { requireExamples, validateTrainerConfig } from './trainer-config';
import type { TrainerConfig, TrainerSettings } from './trainer-config';

/** Outcome of one update. */
export interface StepResult {
  /** Mean training loss of the step's batch before the update, plus the L1/L2 penalties. */
  loss: number;
  /** 'diverged' when the loss, a gradient or a parameter went non-finite; the parameters were then restored. */
  status: 'ok' | 'diverged';
}

/** Mixes the trainer's seed into a separate stream for the dropout masks. */
const DROPOUT_SEED_MIX = 0x9e3779b9;

/** Trains one network on a fixed training set with a compiled tape; step() allocates nothing. */
export class Trainer {
  readonly spec: NetworkSpec;
  readonly settings: TrainerSettings;
  private readonly tape: Tape;
  private readonly optimizer: Optimizer;
  private readonly inputs: Float64Array;
  private readonly targets: Float64Array;
  /** Example indices, shuffled in place at the start of each epoch of mini-batches. */
  private readonly order: Int32Array;
  private readonly initial: Float64Array;
  /** The last parameters known to be finite, restored when a step diverges. */
  private readonly backup: Float64Array;
  private readonly weightMask: Float64Array;
  private readonly result: StepResult = { loss: 0, status: 'ok' };
  private readonly exampleCount: number = 0;
  private readonly batchSize: number = 0;
  private readonly penalised: boolean = false;
  private cursor = 0;
  private steps = 0;
  private shuffleRng: Rng;

  constructor(
    spec: NetworkSpec,
    initialParameters: NetworkParameters,
    examples: readonly Example[],
    config: TrainerConfig,
  ) {
    validateSpec(spec);
    validateParameters(spec, initialParameters);
    requireExamples(spec, examples);
    const settings = validateTrainerConfig(config);
    this.spec = spec;
    this.settings = settings;
    this.tape = compileNetwork(spec, {
      dropout: settings.dropout,
      seed: settings.seed ^ DROPOUT_SEED_MIX,
    });
    this.tape.training = true;
    this.optimizer = createOptimizer(settings.optimizer, this.tape.parameters.length);
    this.exampleCount = examples.length;
    const fullBatch = settings.batchSize === 0 || settings.batchSize >= examples.length;
    this.batchSize = fullBatch ? examples.length : settings.batchSize;
    this.inputs = Float64Array.from(examples.flatMap((example) => example.input));
    this.targets = Float64Array.from(examples.flatMap((example) => example.target));
    this.order = new Int32Array(examples.length);
    this.initial = flattenParameters(spec, initialParameters);
    this.backup = new Float64Array(this.initial.length);
    this.weightMask = weightMask(spec);
    this.penalised = settings.l1 > 0 || settings.l2 > 0;
    this.shuffleRng = createRng(settings.seed);
    this.reset();
  }

  /** Updates completed since construction or reset (diverged steps do not count). */
  get stepCount(): number {
    return this.steps;
  }

  /**
   * One update on the next batch. The returned object is reused by the next call: copy its fields
   * to keep them. On divergence the parameters are restored and the optimizer state is cleared.
   */
  step(): Readonly<StepResult> {
    const { tape, inputs, targets, order, result, settings } = this;
    const { parameters, gradients } = tape;
    const inputSize = this.spec.inputSize;
    const outputSize = targets.length / this.exampleCount;
    const start = this.nextBatch();
    const end = Math.min(start + this.batchSize, this.exampleCount);
    tape.zeroGradients();
    let lossSum = 0;
    // start ≤ position < end ≤ exampleCount = order.length
    for (let position = start; position < end; position++) {
      const index = order[position]!;
      lossSum += tape.forward(inputs, targets, index * inputSize, index * outputSize);
      tape.backward();
    }
    const count = end - start;
    let loss = lossSum / count;
    // ∇J = (1/m) Σ ∇ℓ over the batch (index < gradients.length)
    if (count > 1)
      for (let index = 0; index < gradients.length; index++) gradients[index]! /= count;
    if (this.penalised) {
      loss += addWeightPenalties(parameters, gradients, this.weightMask, settings.l1, settings.l2);
    }
    result.loss = loss;
    if (!Number.isFinite(loss)) return this.diverge();
    if (settings.clipNorm > 0) clipGradients(gradients, settings.clipNorm);
    const backup = this.backup;
    // index < parameters.length = backup.length (both the spec's parameter count)
    for (let index = 0; index < parameters.length; index++) backup[index] = parameters[index]!;
    const rate = learningRateAt(settings.schedule, settings.learningRate, this.steps);
    this.optimizer.update(parameters, gradients, rate);
    // x·0 is 0 for finite x and NaN for ±∞ or NaN; a non-finite gradient always reaches θ here
    let check = 0;
    // index < parameters.length
    for (let index = 0; index < parameters.length; index++) check += parameters[index]! * 0;
    if (check !== 0) {
      parameters.set(backup);
      return this.diverge();
    }
    this.steps++;
    result.status = 'ok';
    return result;
  }

  /** Mean loss (1/m) Σ ℓ over the examples, without dropout or penalties. */
  evaluate(examples: readonly Example[]): number {
    requireExamples(this.spec, examples);
    const { tape } = this;
    tape.training = false;
    let sum = 0;
    for (const example of examples) sum += tape.forward(example.input, example.target);
    tape.training = true;
    return sum / examples.length;
  }

  /**
   * The network's output ŷ for one input with the current parameters, without dropout. The
   * returned view is overwritten by the next call: copy what you keep. Allocates nothing, so a
   * decision-boundary heatmap can call it for every cell of every frame.
   */
  predict(input: ArrayLike<number>, inputOffset = 0): Float64Array {
    const { tape } = this;
    tape.training = false;
    const prediction = tape.predict(input, inputOffset);
    tape.training = true;
    return prediction;
  }

  /** A plain snapshot of the current parameters. */
  parameters(): NetworkParameters {
    return unflattenParameters(this.spec, this.tape.parameters);
  }

  /** A plain snapshot of the gradient used by the last step (after penalties and clipping). */
  gradients(): NetworkParameters {
    return unflattenParameters(this.spec, this.tape.gradients);
  }

  /** Replaces the parameters; the optimizer state and step count are kept. */
  setParameters(parameters: NetworkParameters): void {
    validateParameters(this.spec, parameters);
    this.tape.parameters.set(flattenParameters(this.spec, parameters));
  }

  /** Back to the initial parameters, a fresh optimizer, step 0 and the seed's first shuffle and masks. */
  reset(): void {
    this.tape.parameters.set(this.initial);
    this.tape.zeroGradients();
    this.optimizer.reset();
    for (let index = 0; index < this.exampleCount; index++) this.order[index] = index;
    this.cursor = 0;
    this.steps = 0;
    this.shuffleRng = createRng(this.settings.seed);
    this.tape.reseed(this.settings.seed ^ DROPOUT_SEED_MIX);
    this.result.loss = 0;
    this.result.status = 'ok';
  }

  /** Start of the next batch in `order`; a new epoch reshuffles (Fisher–Yates) unless full batch. */
  private nextBatch(): number {
    if (this.cursor >= this.exampleCount) this.cursor = 0;
    const { order, shuffleRng } = this;
    if (this.cursor === 0 && this.batchSize < this.exampleCount) {
      // rng() ∈ [0, 1), so 0 ≤ other ≤ last < order.length
      for (let last = order.length - 1; last > 0; last--) {
        const other = Math.floor(shuffleRng() * (last + 1));
        const swap = order[last]!;
        order[last] = order[other]!;
        order[other] = swap;
      }
    }
    const start = this.cursor;
    this.cursor += this.batchSize;
    return start;
  }

  private diverge(): Readonly<StepResult> {
    this.optimizer.reset();
    this.result.status = 'diverged';
    return this.result;
  }
}

/** A trainer over a copy of the examples; throws ConfigurationError naming the bad field. */
export function createTrainer(
  spec: NetworkSpec,
  initialParameters: NetworkParameters,
  trainingExamples: readonly Example[],
  config: TrainerConfig,
): Trainer {
  return new Trainer(spec, initialParameters, trainingExamples, config);
}

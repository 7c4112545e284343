import { ConfigurationError } from '../../../core/errors';
import { createTrainer } from '../../../core/training/trainer';
import type { Trainer } from '../../../core/training/trainer';
import type { NetworkParameters } from '../../../core/types';
import { observeEvaluation, validatePatience } from './overfitting-early-stopping';
import type { BestEvaluation } from './overfitting-early-stopping';
import {
  OVERFITTING_EVALUATION_INTERVAL,
  OVERFITTING_LEARNING_RATE,
  OVERFITTING_MAX_STEPS,
  OVERFITTING_SPEC,
  overfittingDataset,
  overfittingInitialParameters,
} from './overfitting-setup';
import type { OverfittingDataset } from './overfitting-setup';

/** The settings a learner can change. */
export interface OverfittingConfig {
  /** Draws the data, the initial weights and the dropout masks. */
  seed: number;
  /** λ of the penalty (λ/2)·Σw² on the weights (not the biases), ≥ 0. */
  l2: number;
  /** Dropout rate on each hidden layer during training, in [0, 1). */
  dropout: number;
  earlyStopping: boolean;
  /** Steps without a new lowest validation loss before stopping; a multiple of the interval. */
  patience: number;
  /** Steps between evaluations; OVERFITTING_EVALUATION_INTERVAL when omitted. */
  evaluationInterval?: number;
  /** Last step when nothing stops training earlier; OVERFITTING_MAX_STEPS when omitted. */
  maxSteps?: number;
}

/** Mean losses (1/m)Σℓ at one step, both measured without dropout or penalty. */
export interface LossRecord {
  step: number;
  train: number;
  validation: number;
}

/** The test set's one measurement: the mean loss of the weights training ended with. */
export interface TestReport {
  /** The step those weights come from (the best validation step after early stopping). */
  step: number;
  loss: number;
}

/** Why training stopped: the early-stopping rule, the step limit, or a non-finite loss. */
export type StopReason = 'earlyStopping' | 'stepLimit' | 'diverged';

/**
 * A training run that evaluates the training and validation losses every few steps, keeps the
 * parameters with the lowest validation loss, and (when early stopping is on) stops `patience`
 * steps after that minimum and puts those parameters back. The test set takes no part in any of
 * this: it is measured only once the run has stopped (`testReport`).
 */
export class OverfittingRun {
  readonly config: Required<OverfittingConfig>;
  readonly data: OverfittingDataset;
  readonly trainer: Trainer;
  readonly records: LossRecord[] = [];
  best: BestEvaluation | null = null;
  stopReason: StopReason | null = null;
  /** Step the current parameters come from: `step`, or the best step once they are restored. */
  weightsStep = 0;
  private bestParameters: NetworkParameters | null = null;

  constructor(config: OverfittingConfig) {
    const interval = config.evaluationInterval ?? OVERFITTING_EVALUATION_INTERVAL;
    const maxSteps = config.maxSteps ?? OVERFITTING_MAX_STEPS;
    validatePatience(config.patience, interval);
    if (!Number.isInteger(maxSteps) || maxSteps < 1) {
      throw new ConfigurationError('maxSteps', 'must be an integer ≥ 1');
    }
    this.config = { ...config, evaluationInterval: interval, maxSteps };
    this.data = overfittingDataset(config.seed);
    this.trainer = createTrainer(
      OVERFITTING_SPEC,
      overfittingInitialParameters(config.seed),
      this.data.train,
      {
        learningRate: OVERFITTING_LEARNING_RATE,
        optimizer: { name: 'adam' },
        batchSize: 0,
        l2: config.l2,
        dropout: config.dropout,
        seed: config.seed,
      },
    );
    this.record();
  }

  /** Updates done so far. */
  get step(): number {
    return this.trainer.stepCount;
  }

  get stopped(): boolean {
    return this.stopReason !== null;
  }

  /** Mean validation loss of the current parameters (dropout off: the same answer every call). */
  validationLoss(): number {
    return this.trainer.evaluate(this.data.validation);
  }

  /** Mean training loss of the current parameters, without dropout or penalty. */
  trainLoss(): number {
    return this.trainer.evaluate(this.data.train);
  }

  /** The test loss of the final parameters, once the run has stopped; null before. */
  testReport(): TestReport | null {
    if (!this.stopped) return null;
    return { step: this.weightsStep, loss: this.trainer.evaluate(this.data.test) };
  }

  /** The parameters that gave the lowest validation loss so far (a copy). */
  bestSnapshot(): NetworkParameters | null {
    return this.bestParameters && structuredClone(this.bestParameters);
  }

  /** Up to `steps` updates, evaluating every interval; returns how many were done. */
  advance(steps: number): number {
    let done = 0;
    while (done < steps && !this.stopped) {
      // a diverged step is not counted by the trainer; stop rather than loop forever
      if (this.trainer.step().status === 'diverged') {
        this.stopReason = 'diverged';
        break;
      }
      done++;
      this.weightsStep = this.step;
      if (this.step % this.config.evaluationInterval === 0) this.record();
      if (!this.stopped && this.step >= this.config.maxSteps) this.stopReason = 'stepLimit';
    }
    return done;
  }

  /** Evaluates the training and validation losses, updates the best, applies early stopping. */
  private record(): void {
    const entry = { step: this.step, train: this.trainLoss(), validation: this.validationLoss() };
    this.records.push(entry);
    const verdict = observeEvaluation(
      this.best,
      entry.step,
      entry.validation,
      this.config.patience,
    );
    this.best = verdict.best;
    if (verdict.improved) this.bestParameters = this.trainer.parameters();
    if (this.config.earlyStopping && verdict.stop && this.bestParameters) {
      this.trainer.setParameters(this.bestParameters);
      this.weightsStep = this.best.step;
      this.stopReason = 'earlyStopping';
    }
  }
}

/** A run at step 0; throws ConfigurationError naming a bad setting. */
export function createOverfittingRun(config: OverfittingConfig): OverfittingRun {
  return new OverfittingRun(config);
}

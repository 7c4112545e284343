import { ConfigurationError } from '../errors';
import { validateExample } from '../network/validate';
import type { Example, NetworkSpec } from '../types';
import { createOptimizer } from './optimizers';
import type { OptimizerConfig } from './optimizers';
import { validateSchedule } from './schedules';
import type { ScheduleConfig } from './schedules';

/** Everything a trainer needs besides the network, its initial parameters and the data. */
export interface TrainerConfig {
  /** Base learning rate η₀ ≥ 0. */
  learningRate: number;
  optimizer: OptimizerConfig;
  /** How η changes with the step count; constant when omitted. */
  schedule?: ScheduleConfig;
  /** 1 = one example per step, n = mini-batches of n, 0 or ≥ the example count = full batch. */
  batchSize: number;
  /** Clip the gradient to this global L2 norm (> 0); no clipping when omitted. */
  clipNorm?: number;
  /** λ₁ of the L1 penalty λ₁·Σ|w| on weights (not biases); 0 when omitted. */
  l1?: number;
  /** λ₂ of the L2 penalty (λ₂/2)·Σw² on weights (not biases); 0 when omitted. */
  l2?: number;
  /** Inverted-dropout rate on every hidden layer's output during training, in [0, 1). */
  dropout?: number;
  /** Seeds the shuffling and the dropout masks. */
  seed: number;
}

/** A validated config with every default filled in. */
export interface TrainerSettings {
  learningRate: number;
  optimizer: OptimizerConfig;
  schedule: ScheduleConfig;
  batchSize: number;
  clipNorm: number;
  l1: number;
  l2: number;
  dropout: number;
  seed: number;
}

function requireNonNegative(field: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(field, `must be a finite number ≥ 0, got ${String(value)}`);
  }
  return value;
}

/** Checks every setting and fills defaults; throws ConfigurationError naming the field. */
export function validateTrainerConfig(config: TrainerConfig): TrainerSettings {
  requireNonNegative('learningRate', config.learningRate);
  if (!Number.isInteger(config.batchSize) || config.batchSize < 0) {
    throw new ConfigurationError('batchSize', `must be an integer ≥ 0, got ${config.batchSize}`);
  }
  createOptimizer(config.optimizer, 0);
  const schedule = config.schedule ?? { name: 'constant' };
  validateSchedule(schedule);
  const clipNorm = config.clipNorm ?? 0;
  if (config.clipNorm !== undefined && !(requireNonNegative('clipNorm', clipNorm) > 0)) {
    throw new ConfigurationError('clipNorm', 'must be > 0');
  }
  const dropout = config.dropout ?? 0;
  if (!Number.isFinite(dropout) || dropout < 0 || dropout >= 1) {
    throw new ConfigurationError('dropout', 'rate must be in [0, 1)');
  }
  if (!Number.isFinite(config.seed))
    throw new ConfigurationError('seed', 'must be a finite number');
  return {
    learningRate: config.learningRate,
    optimizer: config.optimizer,
    schedule,
    batchSize: config.batchSize,
    clipNorm,
    l1: requireNonNegative('l1', config.l1 ?? 0),
    l2: requireNonNegative('l2', config.l2 ?? 0),
    dropout,
    seed: config.seed,
  };
}

/** Checks that there is at least one example and that each fits the spec. */
export function requireExamples(spec: NetworkSpec, examples: readonly Example[]): void {
  if (!Array.isArray(examples) || examples.length === 0) {
    throw new ConfigurationError('examples', 'needs at least one example');
  }
  for (const example of examples) validateExample(spec, example);
}

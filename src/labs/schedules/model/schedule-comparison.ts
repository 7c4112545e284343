/**
 * Learning-rate schedules side by side: one network on one dataset, the same initial weights and
 * the same mini-batch order for every schedule, so only η(t) differs between the runs.
 */
import { createDataset } from '../../../core/data/datasets';
import { ConfigurationError } from '../../../core/errors';
import { initializeParameters } from '../../../core/training/initialization';
import {
  learningRateAt,
  SCHEDULES,
  validateSchedule,
  type ScheduleConfig,
  type ScheduleName,
} from '../../../core/training/schedules';
import { createTrainer } from '../../../core/training/trainer';
import type { NetworkSpec } from '../../../core/types';

/** A 2–6–1 tanh network with a sigmoid output and binary cross-entropy. */
export const SCHEDULE_NETWORK: NetworkSpec = {
  inputSize: 2,
  layers: [
    { size: 6, activation: 'tanh' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'binaryCrossEntropy',
};

/** Seed of the initial weights, the dataset and the mini-batch shuffling. */
export const SCHEDULE_SEED = 42;

/** Mini-batches of 4: noisy gradients, so a large constant η keeps bouncing. */
export const SCHEDULE_BATCH_SIZE = 4;

/** The points of the "circle" set (inside vs outside a ring); 160 of them train. */
const DATASET_OPTIONS = { count: 200, noise: 0.15, seed: SCHEDULE_SEED } as const;

/** Every schedule's parameters and the shared base rate η₀ and length. */
export interface ScheduleSettings {
  baseRate: number;
  steps: number;
  step: { factor: number; interval: number };
  exponential: { rate: number };
  cosine: { minimum: number; period: number };
}

export const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = {
  baseRate: 4,
  steps: 400,
  step: { factor: 0.5, interval: 100 },
  exponential: { rate: 0.01 },
  cosine: { minimum: 0, period: 400 },
};

/** One schedule's run: η(t) for each update t = 0 … steps−1 and the loss J(θ_t) for t = 0 … steps. */
export interface ScheduleRun {
  name: ScheduleName;
  rates: number[];
  losses: number[];
}

/** The ScheduleConfig of `name` under the settings. */
export function scheduleConfig(name: ScheduleName, settings: ScheduleSettings): ScheduleConfig {
  switch (name) {
    case 'constant':
      return { name };
    case 'step':
      return { name, ...settings.step };
    case 'exponential':
      return { name, ...settings.exponential };
    case 'cosine':
      return { name, ...settings.cosine };
  }
}

/** The examples every run trains on, and whose mean loss it records. */
export function scheduleExamples() {
  return createDataset('circle', DATASET_OPTIONS).train;
}

/**
 * Trains from the shared initial weights under one schedule (plain SGD, mini-batches of 4) and
 * records η(t) = learningRateAt(schedule, η₀, t) and the mean training loss after each update.
 * A diverged step repeats the last loss. Throws ConfigurationError for an invalid setting.
 */
export function runSchedule(schedule: ScheduleConfig, settings: ScheduleSettings): ScheduleRun {
  validateSchedule(schedule);
  const { baseRate, steps } = settings;
  if (!Number.isFinite(baseRate) || baseRate <= 0) {
    throw new ConfigurationError('baseRate', 'must be a finite number > 0');
  }
  if (!Number.isInteger(steps) || steps < 1) {
    throw new ConfigurationError('steps', 'must be an integer ≥ 1');
  }
  const examples = scheduleExamples();
  const initial = initializeParameters(SCHEDULE_NETWORK, {
    scheme: 'xavier',
    seed: SCHEDULE_SEED,
  });
  const trainer = createTrainer(SCHEDULE_NETWORK, initial, examples, {
    learningRate: baseRate,
    optimizer: { name: 'sgd' },
    schedule,
    batchSize: SCHEDULE_BATCH_SIZE,
    seed: SCHEDULE_SEED,
  });
  const rates: number[] = [];
  const losses = [trainer.evaluate(examples)];
  for (let step = 0; step < steps; step++) {
    rates.push(learningRateAt(schedule, baseRate, step));
    trainer.step();
    losses.push(trainer.evaluate(examples));
  }
  return { name: schedule.name, rates, losses };
}

/** All four schedules, in the order of SCHEDULES, from the same start. */
export function compareSchedules(settings: ScheduleSettings): ScheduleRun[] {
  return SCHEDULES.map((name) => runSchedule(scheduleConfig(name, settings), settings));
}

/** The run with the lowest final loss (the first one on a tie). */
export function lowestFinalLoss(runs: readonly ScheduleRun[]): ScheduleRun {
  return runs.reduce((best, run) => (run.losses.at(-1)! < best.losses.at(-1)! ? run : best));
}

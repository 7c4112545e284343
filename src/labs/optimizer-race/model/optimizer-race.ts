/**
 * The network half of the optimizer race: one small network (2–4–1, tanh then a sigmoid output
 * with binary cross-entropy) on XOR, trained full-batch from the very same initial weights by each
 * optimizer with its own learning rate, so only the update rule differs.
 */
import { createDataset } from '../../../core/data/datasets';
import { initializeParameters } from '../../../core/training/initialization';
import { OPTIMIZERS, type OptimizerName } from '../../../core/training/optimizers';
import { createTrainer } from '../../../core/training/trainer';
import type { NetworkSpec } from '../../../core/types';
import { requireLearningRate, type RaceRates } from './optimizer-paths';

export const RACE_NETWORK: NetworkSpec = {
  inputSize: 2,
  layers: [
    { size: 4, activation: 'tanh' },
    { size: 1, activation: 'sigmoid' },
  ],
  loss: 'binaryCrossEntropy',
};

/** Seed of the shared initial weights (Xavier). */
export const RACE_SEED = 42;

/** Defaults under which every optimizer learns XOR within the race's steps. */
export const DEFAULT_NETWORK_RATES: RaceRates = {
  sgd: 0.5,
  momentum: 0.05,
  rmsprop: 0.02,
  adam: 0.02,
};

/** How many updates the race runs (the surface paths and the network alike). */
export const RACE_STEPS = 200;

/** The initial parameters every optimizer starts from. */
export function raceInitialParameters() {
  return initializeParameters(RACE_NETWORK, { scheme: 'xavier', seed: RACE_SEED });
}

/**
 * The training loss J(θ_t) on XOR for t = 0 … steps under one optimizer: entry 0 is the loss of
 * the shared initial weights, entry t the loss after t updates. A diverged step repeats the last loss.
 */
export function networkLosses(name: OptimizerName, learningRate: number, steps: number): number[] {
  requireLearningRate(learningRate);
  const examples = createDataset('xor').train;
  const trainer = createTrainer(RACE_NETWORK, raceInitialParameters(), examples, {
    learningRate,
    optimizer: { name },
    batchSize: 0,
    seed: RACE_SEED,
  });
  const losses = [trainer.evaluate(examples)];
  for (let step = 0; step < steps; step++) {
    trainer.step();
    losses.push(trainer.evaluate(examples));
  }
  return losses;
}

/** Every optimizer's loss series, each with its own η. */
export function raceNetworkLosses(
  rates: RaceRates,
  steps: number,
): Record<OptimizerName, number[]> {
  return Object.fromEntries(
    OPTIMIZERS.map((name) => [name, networkLosses(name, rates[name], steps)]),
  ) as Record<OptimizerName, number[]>;
}

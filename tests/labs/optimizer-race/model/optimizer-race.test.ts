import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../../src/core/data/datasets';
import { ConfigurationError } from '../../../../src/core/errors';
import {
  DEFAULT_NETWORK_RATES,
  networkLosses,
  RACE_NETWORK,
  raceInitialParameters,
  raceNetworkLosses,
} from '../../../../src/labs/optimizer-race/model/optimizer-race';
import { traceExample } from '../../../../src/core/network/trace';
import { OPTIMIZERS } from '../../../../src/core/training/optimizers';

/** Mean binary cross-entropy over XOR computed from a forward trace, independent of the trainer. */
function initialLoss(): number {
  const parameters = raceInitialParameters();
  const examples = createDataset('xor').train;
  let sum = 0;
  for (const example of examples) {
    const trace = traceExample(RACE_NETWORK, parameters, example);
    const output = trace.prediction[0]!;
    const target = example.target[0]!;
    sum += -(target * Math.log(output) + (1 - target) * Math.log(1 - output));
  }
  return sum / examples.length;
}

describe('the network race', () => {
  it('starts every optimizer from the same weights: the same first loss', () => {
    const losses = raceNetworkLosses(DEFAULT_NETWORK_RATES, 5);
    const first = initialLoss();
    for (const name of OPTIMIZERS) {
      expect(losses[name]).toHaveLength(6);
      expect(losses[name][0]).toBeCloseTo(first, 10);
    }
  });

  it('makes every optimizer learn XOR with the default rates, each on its own curve', () => {
    const losses = raceNetworkLosses(DEFAULT_NETWORK_RATES, 200);
    for (const name of OPTIMIZERS) {
      expect(losses[name].at(-1)!).toBeLessThan(0.1 * losses[name][0]!);
    }
    expect(losses.adam[50]).not.toBe(losses.sgd[50]);
  });

  it('depends on the learning rate', () => {
    expect(networkLosses('sgd', 0.5, 10)[10]).not.toBe(networkLosses('sgd', 0.1, 10)[10]);
  });

  it('rejects an invalid learning rate', () => {
    expect(() => networkLosses('adam', -1, 10)).toThrow(ConfigurationError);
  });
});

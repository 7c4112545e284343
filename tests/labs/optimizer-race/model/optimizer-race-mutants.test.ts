import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../../src/core/data/datasets';
import {
  DEFAULT_NETWORK_RATES,
  networkLosses,
  RACE_NETWORK,
  raceInitialParameters,
} from '../../../../src/labs/optimizer-race/model/optimizer-race';
import { requireLearningRate } from '../../../../src/labs/optimizer-race/model/optimizer-paths';
import { OPTIMIZERS } from '../../../../src/core/training/optimizers';

describe('the race network', () => {
  it('is the documented 2–4–1 net: tanh hidden layer, sigmoid output, binary cross-entropy', () => {
    expect(RACE_NETWORK).toEqual({
      inputSize: 2,
      layers: [
        { size: 4, activation: 'tanh' },
        { size: 1, activation: 'sigmoid' },
      ],
      loss: 'binaryCrossEntropy',
    });
  });

  it('starts from a loss computed by hand: tanh, then σ, then mean cross-entropy over XOR', () => {
    const [hidden, output] = raceInitialParameters();
    expect(hidden!.weights).toHaveLength(4);
    expect(output!.weights).toHaveLength(1);
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    const examples = createDataset('xor').train;
    let sum = 0;
    for (const { input, target } of examples) {
      const h = hidden!.weights.map((row, i) =>
        Math.tanh(row[0]! * input[0]! + row[1]! * input[1]! + hidden!.biases[i]!),
      );
      const y = sigmoid(output!.weights[0]!.reduce((s, w, j) => s + w * h[j]!, output!.biases[0]!));
      sum += -(target[0]! * Math.log(y) + (1 - target[0]!) * Math.log(1 - y));
    }
    expect(networkLosses('sgd', 0.1, 0)[0]).toBeCloseTo(sum / examples.length, 12);
  });

  it('gives every optimizer a valid default η', () => {
    for (const name of OPTIMIZERS) {
      expect(() => requireLearningRate(DEFAULT_NETWORK_RATES[name])).not.toThrow();
    }
  });
});

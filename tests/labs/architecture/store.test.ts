import { beforeEach, describe, expect, it } from 'vitest';
import { nextSeed } from '../../../src/labs/architecture/model/architecture';
import type { Example } from '../../../src/core/types';
import { architectureRun, useArchitectureStore } from '../../../src/labs/architecture/store';
import { resetStore } from '../reset-store';

beforeEach(() => resetStore(useArchitectureStore));

const store = () => useArchitectureStore.getState();

/** Mean binary cross-entropy of the current run, from predict(). */
function crossEntropy(examples: readonly Example[]): number {
  const { trainer } = architectureRun(store());
  let sum = 0;
  for (const { input, target } of examples) {
    const output = trainer.predict(input)[0]!;
    sum -= target[0] === 1 ? Math.log(output) : Math.log(1 - output);
  }
  return sum / examples.length;
}

describe('architecture store', () => {
  it('starts on the circle with 2–8–8–1 tanh and measures step 0 when prepared', () => {
    expect(store().stats).toBeNull();
    store().prepare();
    const stats = store().stats!;
    expect(stats.step).toBe(0);
    const run = architectureRun(store());
    expect(run.spec.layers.map((layer) => layer.size)).toEqual([8, 8, 1]);
    expect(stats.trainLoss).toBeCloseTo(crossEntropy(run.dataset.train), 10);
    expect(stats.testLoss).toBeCloseTo(crossEntropy(run.dataset.test), 10);
  });

  it('trains: the loss falls and the step counts the updates', () => {
    store().prepare();
    const before = store().stats!.trainLoss;
    store().advance(600);
    const stats = store().stats!;
    expect(stats.step).toBe(600);
    expect(stats.trainLoss).toBeLessThan(before / 3);
    expect(stats.trainLoss).toBeCloseTo(crossEntropy(architectureRun(store()).dataset.train), 10);
  });

  it('clamps typed values out of range and says which field and value', () => {
    store().setField('width', 12);
    expect(store().config.width).toBe(8);
    expect(store().notice).toEqual({ field: 'width', value: 8, low: 1, high: 8 });
    store().setField('learningRate', -3);
    expect(store().config.learningRate).toBe(0.0001);
    store().setField('depth', 3);
    expect(store().notice).toBeNull();
    expect(architectureRun(store()).spec.layers).toHaveLength(4);
  });

  it('sets one activation per hidden layer', () => {
    store().setActivation(1, 'relu');
    const layers = architectureRun(store()).spec.layers.map((layer) => layer.activation);
    expect(layers).toEqual(['tanh', 'relu', 'sigmoid']);
  });

  it('has no test numbers for a logic set', () => {
    store().setDataset('xor');
    expect(store().stats!.testLoss).toBeNull();
    expect(store().stats!.testAccuracy).toBeNull();
    expect(architectureRun(store()).dataset.train).toHaveLength(4);
  });

  it('"new seed" moves to the next seed and redraws the data', () => {
    const first = architectureRun(store()).dataset.train[0]!.input;
    store().newSeed();
    expect(store().config.seed).toBe((42 * 48271) % 2147483647);
    expect(store().config.seed).toBe(nextSeed(42));
    expect(architectureRun(store()).dataset.train[0]!.input).not.toEqual(first);
  });

  it('plays, pauses, steps once (pausing) and resets to the initial weights', () => {
    store().play();
    expect(store().status).toBe('running');
    const initialLoss = store().stats!.trainLoss;
    store().advance(20);
    store().step();
    expect(store().status).toBe('paused');
    expect(store().stats!.step).toBe(21);
    store().reset();
    expect(store().status).toBe('ready');
    expect(store().stats!.step).toBe(0);
    expect(store().stats!.trainLoss).toBe(initialLoss);
  });

  it('stops with status diverged when the loss overflows', () => {
    store().setActivation(0, 'linear');
    store().setActivation(1, 'linear');
    store().setOptimizer('sgd');
    store().setField('learningRate', 10);
    store().play();
    for (let frame = 0; frame < 20 && store().status === 'running'; frame++) {
      store().advance(5);
    }
    expect(store().status).toBe('diverged');
  });

  it('rebuilds the run after a store reset instead of keeping trained weights', () => {
    store().prepare();
    const initialLoss = store().stats!.trainLoss;
    store().advance(50);
    resetStore(useArchitectureStore);
    store().prepare();
    expect(store().stats!.step).toBe(0);
    expect(store().stats!.trainLoss).toBe(initialLoss);
  });
});

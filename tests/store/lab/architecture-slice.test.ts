import { beforeEach, describe, expect, it } from 'vitest';
import { nextSeed } from '../../../src/core/lab/architecture';
import type { Example } from '../../../src/core/types';
import { architectureRun } from '../../../src/store/lab/architecture-slice';
import { resetAppStore, useAppStore } from '../../../src/store/store';

beforeEach(resetAppStore);

const store = () => useAppStore.getState();

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

describe('architecture slice', () => {
  it('starts on the circle with 2–8–8–1 tanh and measures step 0 when prepared', () => {
    expect(store().architectureStats).toBeNull();
    store().architecturePrepare();
    const stats = store().architectureStats!;
    expect(stats.step).toBe(0);
    const run = architectureRun(store());
    expect(run.spec.layers.map((layer) => layer.size)).toEqual([8, 8, 1]);
    expect(stats.trainLoss).toBeCloseTo(crossEntropy(run.dataset.train), 10);
    expect(stats.testLoss).toBeCloseTo(crossEntropy(run.dataset.test), 10);
  });

  it('trains: the loss falls and the step counts the updates', () => {
    store().architecturePrepare();
    const before = store().architectureStats!.trainLoss;
    store().architectureAdvance(600);
    const stats = store().architectureStats!;
    expect(stats.step).toBe(600);
    expect(stats.trainLoss).toBeLessThan(before / 3);
    expect(stats.trainLoss).toBeCloseTo(crossEntropy(architectureRun(store()).dataset.train), 10);
  });

  it('clamps typed values out of range and says which field and value', () => {
    store().architectureSetField('width', 12);
    expect(store().architectureConfig.width).toBe(8);
    expect(store().architectureNotice).toEqual({ field: 'width', value: 8, low: 1, high: 8 });
    store().architectureSetField('learningRate', -3);
    expect(store().architectureConfig.learningRate).toBe(0.0001);
    store().architectureSetField('depth', 3);
    expect(store().architectureNotice).toBeNull();
    expect(architectureRun(store()).spec.layers).toHaveLength(4);
  });

  it('sets one activation per hidden layer', () => {
    store().architectureSetActivation(1, 'relu');
    const layers = architectureRun(store()).spec.layers.map((layer) => layer.activation);
    expect(layers).toEqual(['tanh', 'relu', 'sigmoid']);
  });

  it('has no test numbers for a logic set', () => {
    store().architectureSetDataset('xor');
    expect(store().architectureStats!.testLoss).toBeNull();
    expect(store().architectureStats!.testAccuracy).toBeNull();
    expect(architectureRun(store()).dataset.train).toHaveLength(4);
  });

  it('"new seed" moves to the next seed and redraws the data', () => {
    const first = architectureRun(store()).dataset.train[0]!.input;
    store().architectureNewSeed();
    expect(store().architectureConfig.seed).toBe((42 * 48271) % 2147483647);
    expect(store().architectureConfig.seed).toBe(nextSeed(42));
    expect(architectureRun(store()).dataset.train[0]!.input).not.toEqual(first);
  });

  it('plays, pauses, steps once (pausing) and resets to the initial weights', () => {
    store().architecturePlay();
    expect(store().architectureStatus).toBe('running');
    const initialLoss = store().architectureStats!.trainLoss;
    store().architectureAdvance(20);
    store().architectureStep();
    expect(store().architectureStatus).toBe('paused');
    expect(store().architectureStats!.step).toBe(21);
    store().architectureReset();
    expect(store().architectureStatus).toBe('ready');
    expect(store().architectureStats!.step).toBe(0);
    expect(store().architectureStats!.trainLoss).toBe(initialLoss);
  });

  it('stops with status diverged when the loss overflows', () => {
    store().architectureSetActivation(0, 'linear');
    store().architectureSetActivation(1, 'linear');
    store().architectureSetOptimizer('sgd');
    store().architectureSetField('learningRate', 10);
    store().architecturePlay();
    for (let frame = 0; frame < 20 && store().architectureStatus === 'running'; frame++) {
      store().architectureAdvance(5);
    }
    expect(store().architectureStatus).toBe('diverged');
  });

  it('rebuilds the run after a store reset instead of keeping trained weights', () => {
    store().architecturePrepare();
    const initialLoss = store().architectureStats!.trainLoss;
    store().architectureAdvance(50);
    resetAppStore();
    store().architecturePrepare();
    expect(store().architectureStats!.step).toBe(0);
    expect(store().architectureStats!.trainLoss).toBe(initialLoss);
  });
});

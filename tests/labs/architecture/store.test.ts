import { beforeEach, describe, expect, it } from 'vitest';
import {
  ARCHITECTURE_FIELD_LIMITS,
  MAX_DEPTH,
  MAX_WIDTH,
  MIN_DEPTH,
  MIN_WIDTH,
  nextSeed,
} from '../../../src/labs/architecture/model/architecture';
import type { Example } from '../../../src/core/types';
import {
  ARCHITECTURE_DEFAULTS,
  architectureRun,
  useArchitectureStore,
} from '../../../src/labs/architecture/store';
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
    store().setField('batchSize', 500);
    expect(store().config.batchSize).toBe(ARCHITECTURE_FIELD_LIMITS.batchSize.high);
    expect(store().notice).toEqual({
      field: 'batchSize',
      value: ARCHITECTURE_FIELD_LIMITS.batchSize.high,
      low: ARCHITECTURE_FIELD_LIMITS.batchSize.low,
      high: ARCHITECTURE_FIELD_LIMITS.batchSize.high,
    });
    store().setField('learningRate', -3);
    expect(store().config.learningRate).toBe(0.0001);
    store().setField('noise', 0.3);
    expect(store().notice).toBeNull();
  });

  it('adds and removes hidden layers within MIN_DEPTH and MAX_DEPTH', () => {
    const depth = () => architectureRun(store()).spec.layers.length - 1;
    const start = store().config.widths.length;
    store().addLayer();
    expect(depth()).toBe(start + 1);
    for (let press = 0; press < MAX_DEPTH + 2; press++) store().addLayer();
    expect(store().config.widths).toHaveLength(MAX_DEPTH);
    expect(depth()).toBe(MAX_DEPTH);
    for (let press = 0; press < MAX_DEPTH + 2; press++) store().removeLayer();
    expect(store().config.widths).toHaveLength(MIN_DEPTH);
    expect(depth()).toBe(MIN_DEPTH);
  });

  it('adds and removes neurons of one layer within MIN_WIDTH and MAX_WIDTH', () => {
    const sizes = () => architectureRun(store()).spec.layers.map((layer) => layer.size);
    store().removeNeuron(0);
    expect(sizes()).toEqual([
      ARCHITECTURE_DEFAULTS.widths[0]! - 1,
      ARCHITECTURE_DEFAULTS.widths[1],
      1,
    ]);
    for (let press = 0; press < MAX_WIDTH + 2; press++) store().removeNeuron(0);
    expect(store().config.widths[0]).toBe(MIN_WIDTH);
    for (let press = 0; press < MAX_WIDTH + 2; press++) store().addNeuron(1);
    expect(store().config.widths[1]).toBe(MAX_WIDTH);
    expect(sizes()).toEqual([MIN_WIDTH, MAX_WIDTH, 1]);
  });

  it('keeps the trained weights when a button at its limit changes nothing', () => {
    store().prepare();
    for (let press = 0; press < MAX_WIDTH; press++) store().addNeuron(0);
    store().advance(5);
    store().addNeuron(0);
    expect(store().stats!.step).toBe(5);
  });

  it('toggles input features: the input size follows, the last feature stays on', () => {
    store().toggleFeature('x1Squared');
    store().toggleFeature('x2Squared');
    expect(store().config.features).toEqual(['x1', 'x2', 'x1Squared', 'x2Squared']);
    expect(architectureRun(store()).spec.inputSize).toBe(4);
    store().toggleFeature('x1');
    store().toggleFeature('x2');
    store().toggleFeature('x1Squared');
    expect(store().config.features).toEqual(['x2Squared']);
    store().toggleFeature('x2Squared');
    expect(store().config.features).toEqual(['x2Squared']);
    expect(architectureRun(store()).spec.inputSize).toBe(1);
    // the network is trained on the squares of the points
    const run = architectureRun(store());
    const { input } = run.dataset.train[0]!;
    expect(run.examples.train[0]!.input).toEqual([input[1]! * input[1]!]);
  });

  it('sets one activation for every hidden layer', () => {
    store().setActivation(0, 'relu');
    store().setAllActivations('sigmoid');
    const layers = architectureRun(store()).spec.layers.map((layer) => layer.activation);
    expect(layers).toEqual(['sigmoid', 'sigmoid', 'sigmoid']);
  });

  it('records the losses of each measurement for the sparkline, from step 0', () => {
    store().prepare();
    store().advance(3);
    store().advance(3);
    const { history } = architectureRun(store());
    expect(history.steps).toEqual([0, 3, 6]);
    expect(history.trainLoss.at(-1)).toBe(store().stats!.trainLoss);
    store().reset();
    expect(architectureRun(store()).history.steps).toEqual([0]);
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

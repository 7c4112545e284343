import { beforeEach, describe, expect, it } from 'vitest';
import {
  COMPARISON_EXAMPLES,
  DEFAULT_COMPARISON_CONFIG,
  createComparisonTrainers,
  snapshotRun,
} from '../../../src/labs/loss-comparison/model/loss-comparison-run';
import {
  LOSS_COMPARISON_MAX_STEPS,
  useLossComparisonStore,
} from '../../../src/labs/loss-comparison/store';
import { resetStore } from '../reset-store';

beforeEach(() => resetStore(useLossComparisonStore));

/** An independent pair of trainers run `steps` steps. */
function trainedPair(saturated: boolean, steps: number) {
  const trainers = createComparisonTrainers({ ...DEFAULT_COMPARISON_CONFIG, saturated });
  for (let step = 0; step < steps; step++) {
    trainers.halfSquaredError.step();
    trainers.binaryCrossEntropy.step();
  }
  return trainers;
}

describe('loss-comparison store', () => {
  it('advances both networks and records J after each step', () => {
    useLossComparisonStore.getState().advance(3);
    const state = useLossComparisonStore.getState();
    expect(state.step).toBe(3);
    expect(state.history.halfSquaredError).toHaveLength(4);
    const trainers = trainedPair(state.saturated, 3);
    expect(state.history.binaryCrossEntropy[3]).toBeCloseTo(
      trainers.binaryCrossEntropy.evaluate(COMPARISON_EXAMPLES),
      12,
    );
    expect(state.snapshots.halfSquaredError).toEqual(
      snapshotRun(trainers.halfSquaredError, 'halfSquaredError', 0),
    );
  });

  it('replays its trainers after a store reset instead of continuing the old ones', () => {
    useLossComparisonStore.getState().advance(50);
    resetStore(useLossComparisonStore);
    useLossComparisonStore.getState().advance(1);
    const state = useLossComparisonStore.getState();
    expect(state.step).toBe(1);
    const trainers = trainedPair(state.saturated, 1);
    expect(state.snapshots.binaryCrossEntropy.loss).toBeCloseTo(
      trainers.binaryCrossEntropy.evaluate(COMPARISON_EXAMPLES),
      12,
    );
  });

  it('play and pause toggle running; the step limit stops training', () => {
    const state = useLossComparisonStore.getState();
    state.play();
    expect(useLossComparisonStore.getState().running).toBe(true);
    state.pause();
    expect(useLossComparisonStore.getState().running).toBe(false);
    state.play();
    state.advance(LOSS_COMPARISON_MAX_STEPS + 100);
    expect(useLossComparisonStore.getState().step).toBe(LOSS_COMPARISON_MAX_STEPS);
    expect(useLossComparisonStore.getState().running).toBe(false);
    state.play();
    expect(useLossComparisonStore.getState().running).toBe(false);
  });

  it('reset and the saturated toggle go back to step 0 with a one-point history', () => {
    const state = useLossComparisonStore.getState();
    state.advance(10);
    state.reset();
    expect(useLossComparisonStore.getState().step).toBe(0);
    expect(useLossComparisonStore.getState().history.halfSquaredError).toHaveLength(1);
    const saturatedZ = useLossComparisonStore.getState().snapshots.halfSquaredError.z;
    state.setSaturated(false);
    const plain = useLossComparisonStore.getState().snapshots.halfSquaredError;
    expect(useLossComparisonStore.getState().saturated).toBe(false);
    expect(plain.z).toBeLessThan(saturatedZ);
    expect(plain).toEqual(
      snapshotRun(trainedPair(false, 0).halfSquaredError, 'halfSquaredError', 0),
    );
  });

  it('picks the example whose output gradient is shown, ignoring invalid indices', () => {
    const state = useLossComparisonStore.getState();
    state.advance(5);
    state.setExample(3);
    const trainers = trainedPair(true, 5);
    expect(useLossComparisonStore.getState().example).toBe(3);
    expect(useLossComparisonStore.getState().snapshots.binaryCrossEntropy).toEqual(
      snapshotRun(trainers.binaryCrossEntropy, 'binaryCrossEntropy', 3),
    );
    state.setExample(7);
    expect(useLossComparisonStore.getState().example).toBe(3);
  });
});

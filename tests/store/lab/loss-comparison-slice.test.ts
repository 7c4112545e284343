import { beforeEach, describe, expect, it } from 'vitest';
import {
  COMPARISON_EXAMPLES,
  DEFAULT_COMPARISON_CONFIG,
  createComparisonTrainers,
  snapshotRun,
} from '../../../src/core/lab/loss-comparison-run';
import { LOSS_COMPARISON_MAX_STEPS } from '../../../src/store/lab/loss-comparison-slice';
import { resetAppStore, useAppStore } from '../../../src/store/store';

beforeEach(resetAppStore);

/** An independent pair of trainers run `steps` steps. */
function trainedPair(saturated: boolean, steps: number) {
  const trainers = createComparisonTrainers({ ...DEFAULT_COMPARISON_CONFIG, saturated });
  for (let step = 0; step < steps; step++) {
    trainers.halfSquaredError.step();
    trainers.binaryCrossEntropy.step();
  }
  return trainers;
}

describe('loss-comparison slice', () => {
  it('advances both networks and records J after each step', () => {
    useAppStore.getState().lossComparisonAdvance(3);
    const state = useAppStore.getState();
    expect(state.lossComparisonStep).toBe(3);
    expect(state.lossComparisonHistory.halfSquaredError).toHaveLength(4);
    const trainers = trainedPair(state.lossComparisonSaturated, 3);
    expect(state.lossComparisonHistory.binaryCrossEntropy[3]).toBeCloseTo(
      trainers.binaryCrossEntropy.evaluate(COMPARISON_EXAMPLES),
      12,
    );
    expect(state.lossComparisonSnapshots.halfSquaredError).toEqual(
      snapshotRun(trainers.halfSquaredError, 'halfSquaredError', 0),
    );
  });

  it('replays its trainers after a store reset instead of continuing the old ones', () => {
    useAppStore.getState().lossComparisonAdvance(50);
    resetAppStore();
    useAppStore.getState().lossComparisonAdvance(1);
    const state = useAppStore.getState();
    expect(state.lossComparisonStep).toBe(1);
    const trainers = trainedPair(state.lossComparisonSaturated, 1);
    expect(state.lossComparisonSnapshots.binaryCrossEntropy.loss).toBeCloseTo(
      trainers.binaryCrossEntropy.evaluate(COMPARISON_EXAMPLES),
      12,
    );
  });

  it('play and pause toggle running; the step limit stops training', () => {
    const state = useAppStore.getState();
    state.lossComparisonPlay();
    expect(useAppStore.getState().lossComparisonRunning).toBe(true);
    state.lossComparisonPause();
    expect(useAppStore.getState().lossComparisonRunning).toBe(false);
    state.lossComparisonPlay();
    state.lossComparisonAdvance(LOSS_COMPARISON_MAX_STEPS + 100);
    expect(useAppStore.getState().lossComparisonStep).toBe(LOSS_COMPARISON_MAX_STEPS);
    expect(useAppStore.getState().lossComparisonRunning).toBe(false);
    state.lossComparisonPlay();
    expect(useAppStore.getState().lossComparisonRunning).toBe(false);
  });

  it('reset and the saturated toggle go back to step 0 with a one-point history', () => {
    const state = useAppStore.getState();
    state.lossComparisonAdvance(10);
    state.lossComparisonReset();
    expect(useAppStore.getState().lossComparisonStep).toBe(0);
    expect(useAppStore.getState().lossComparisonHistory.halfSquaredError).toHaveLength(1);
    const saturatedZ = useAppStore.getState().lossComparisonSnapshots.halfSquaredError.z;
    state.lossComparisonSetSaturated(false);
    const plain = useAppStore.getState().lossComparisonSnapshots.halfSquaredError;
    expect(useAppStore.getState().lossComparisonSaturated).toBe(false);
    expect(plain.z).toBeLessThan(saturatedZ);
    expect(plain).toEqual(
      snapshotRun(trainedPair(false, 0).halfSquaredError, 'halfSquaredError', 0),
    );
  });

  it('picks the example whose output gradient is shown, ignoring invalid indices', () => {
    const state = useAppStore.getState();
    state.lossComparisonAdvance(5);
    state.lossComparisonSetExample(3);
    const trainers = trainedPair(true, 5);
    expect(useAppStore.getState().lossComparisonExample).toBe(3);
    expect(useAppStore.getState().lossComparisonSnapshots.binaryCrossEntropy).toEqual(
      snapshotRun(trainers.binaryCrossEntropy, 'binaryCrossEntropy', 3),
    );
    state.lossComparisonSetExample(7);
    expect(useAppStore.getState().lossComparisonExample).toBe(3);
  });
});

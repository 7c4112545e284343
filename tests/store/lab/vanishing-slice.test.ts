import { beforeEach, describe, expect, it } from 'vitest';
import { runVanishingPair } from '../../../src/core/lab/vanishing';
import { stepVerdict } from '../../../src/core/lab/vanishing-summary';
import { VANISHING_PRESETS } from '../../../src/store/lab/vanishing-slice';
import { resetAppStore, useAppStore } from '../../../src/store/store';

beforeEach(resetAppStore);

describe('vanishing slice', () => {
  it('computes nothing until asked, then both runs for the current settings', () => {
    expect(useAppStore.getState().vanishingRuns).toBeNull();
    useAppStore.getState().vanishingEnsureRuns();
    const { vanishingRuns, vanishingConfig } = useAppStore.getState();
    expect(vanishingRuns).toEqual(runVanishingPair(vanishingConfig));
    // a second call keeps the same object
    useAppStore.getState().vanishingEnsureRuns();
    expect(useAppStore.getState().vanishingRuns).toBe(vanishingRuns);
  });

  it('recomputes the runs when a setting changes', () => {
    useAppStore.getState().vanishingEnsureRuns();
    const before = useAppStore.getState().vanishingRuns!;
    useAppStore.getState().vanishingSetConfig({ scheme: 'he' });
    const { vanishingRuns, vanishingConfig } = useAppStore.getState();
    expect(vanishingConfig.scheme).toBe('he');
    expect(vanishingRuns!.relu.norms[0]).not.toEqual(before.relu.norms[0]);
    expect(vanishingRuns).toEqual(runVanishingPair(vanishingConfig));
  });

  it('rejects an invalid setting, keeping the last good ones and saying why', () => {
    const config = useAppStore.getState().vanishingConfig;
    useAppStore.getState().vanishingSetConfig({ depth: 12 });
    expect(useAppStore.getState().vanishingConfig).toEqual(config);
    expect(useAppStore.getState().vanishingError).toMatch(/depth/);
    useAppStore.getState().vanishingSetConfig({ depth: 4 });
    expect(useAppStore.getState().vanishingError).toBeNull();
    expect(useAppStore.getState().vanishingRuns!.sigmoid.norms[0]).toHaveLength(5);
  });

  it('clamps the step read to [1, steps]', () => {
    const { vanishingSetStep } = useAppStore.getState();
    vanishingSetStep(40.4);
    expect(useAppStore.getState().vanishingStep).toBe(40);
    vanishingSetStep(1e6);
    expect(useAppStore.getState().vanishingStep).toBe(useAppStore.getState().vanishingConfig.steps);
    vanishingSetStep(-3);
    expect(useAppStore.getState().vanishingStep).toBe(1);
  });

  it('the exploding preset makes ReLU explode at step 1, and clipping then tames it', () => {
    useAppStore.getState().vanishingSetStep(30);
    useAppStore.getState().vanishingApplyPreset('exploding');
    const state = useAppStore.getState();
    expect(state.vanishingConfig).toEqual(VANISHING_PRESETS.exploding);
    expect(state.vanishingStep).toBe(1);
    expect(stepVerdict(state.vanishingRuns!.relu, 1).kind).toBe('exploding');
    state.vanishingSetConfig({ clipNorm: 1 });
    expect(stepVerdict(useAppStore.getState().vanishingRuns!.relu, 1).kind).not.toBe('exploding');
  });
});

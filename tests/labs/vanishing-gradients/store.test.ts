import { beforeEach, describe, expect, it } from 'vitest';
import { runVanishingPair } from '../../../src/labs/vanishing-gradients/model/vanishing';
import { stepVerdict } from '../../../src/labs/vanishing-gradients/model/vanishing-summary';
import {
  useVanishingGradientsStore,
  VANISHING_PRESETS,
} from '../../../src/labs/vanishing-gradients/store';
import { resetStore } from '../reset-store';

beforeEach(() => resetStore(useVanishingGradientsStore));

describe('vanishing gradients store', () => {
  it('computes nothing until asked, then both runs for the current settings', () => {
    expect(useVanishingGradientsStore.getState().runs).toBeNull();
    useVanishingGradientsStore.getState().ensureRuns();
    const { runs, config } = useVanishingGradientsStore.getState();
    expect(runs).toEqual(runVanishingPair(config));
    // a second call keeps the same object
    useVanishingGradientsStore.getState().ensureRuns();
    expect(useVanishingGradientsStore.getState().runs).toBe(runs);
  });

  it('recomputes the runs when a setting changes', () => {
    useVanishingGradientsStore.getState().ensureRuns();
    const before = useVanishingGradientsStore.getState().runs!;
    useVanishingGradientsStore.getState().setConfig({ scheme: 'he' });
    const { runs, config } = useVanishingGradientsStore.getState();
    expect(config.scheme).toBe('he');
    expect(runs!.relu.norms[0]).not.toEqual(before.relu.norms[0]);
    expect(runs).toEqual(runVanishingPair(config));
  });

  it('rejects an invalid setting, keeping the last good ones and saying why', () => {
    const config = useVanishingGradientsStore.getState().config;
    useVanishingGradientsStore.getState().setConfig({ depth: 12 });
    expect(useVanishingGradientsStore.getState().config).toEqual(config);
    expect(useVanishingGradientsStore.getState().error).toMatch(/depth/);
    useVanishingGradientsStore.getState().setConfig({ depth: 4 });
    expect(useVanishingGradientsStore.getState().error).toBeNull();
    expect(useVanishingGradientsStore.getState().runs!.sigmoid.norms[0]).toHaveLength(5);
  });

  it('clamps the step read to [1, steps]', () => {
    const { setStep } = useVanishingGradientsStore.getState();
    setStep(40.4);
    expect(useVanishingGradientsStore.getState().step).toBe(40);
    setStep(1e6);
    expect(useVanishingGradientsStore.getState().step).toBe(
      useVanishingGradientsStore.getState().config.steps,
    );
    setStep(-3);
    expect(useVanishingGradientsStore.getState().step).toBe(1);
  });

  it('the exploding preset makes ReLU explode at step 1, and clipping then tames it', () => {
    useVanishingGradientsStore.getState().setStep(30);
    useVanishingGradientsStore.getState().applyPreset('exploding');
    const state = useVanishingGradientsStore.getState();
    expect(state.config).toEqual(VANISHING_PRESETS.exploding);
    expect(state.step).toBe(1);
    expect(stepVerdict(state.runs!.relu, 1).kind).toBe('exploding');
    state.setConfig({ clipNorm: 1 });
    expect(stepVerdict(useVanishingGradientsStore.getState().runs!.relu, 1).kind).not.toBe(
      'exploding',
    );
  });
});

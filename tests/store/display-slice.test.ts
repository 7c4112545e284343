import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SIGNIFICANT_FIGURES } from '../../src/store/display-slice';
import { resetAppStore, useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();

beforeEach(() => resetAppStore());

describe('the display slice', () => {
  it('starts at four significant figures', () => {
    expect(DEFAULT_SIGNIFICANT_FIGURES).toBe(4);
    expect(state().significantFigures).toBe(4);
  });

  it('sets the significant figures, a whole number within Intl’s 1–21', () => {
    state().setSignificantFigures(6);
    expect(state().significantFigures).toBe(6);
    state().setSignificantFigures(5.6);
    expect(state().significantFigures).toBe(6);
    state().setSignificantFigures(0);
    expect(state().significantFigures).toBe(1);
    state().setSignificantFigures(40);
    expect(state().significantFigures).toBe(21);
    state().setSignificantFigures(Number.NaN);
    expect(state().significantFigures).toBe(DEFAULT_SIGNIFICANT_FIGURES);
  });

  it('is not saved with the progress', () => {
    state().setSignificantFigures(6);
    expect(useAppStore.persist.getOptions().partialize?.(state())).not.toHaveProperty(
      'significantFigures',
    );
  });

  it('keeps projector and blackout as they were', () => {
    state().toggleBlackout();
    expect(state().blackout).toBe(false);
    state().setProjector(true);
    state().toggleBlackout();
    expect(state().blackout).toBe(true);
    state().setProjector(false);
    expect(state().blackout).toBe(false);
  });
});

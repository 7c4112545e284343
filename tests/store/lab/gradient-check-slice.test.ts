import { beforeEach, describe, expect, it } from 'vitest';
import { relativeError } from '../../../src/core/lab/gradient-check';
import {
  clampStepExponent,
  selectGradientCheck,
} from '../../../src/store/lab/gradient-check-slice';
import { resetAppStore, useAppStore } from '../../../src/store/store';

beforeEach(resetAppStore);

const state = () => useAppStore.getState();
const v1 = { layer: 1, kind: 'weight', row: 0, column: 0 } as const;

describe('gradient-check slice', () => {
  it('starts on w11 with h = 1e-4', () => {
    const check = selectGradientCheck(state());
    expect(check.name).toBe('w11');
    expect(check.step).toBeCloseTo(1e-4, 18);
    expect(check.centralError).toBe(relativeError(check.gradient, check.central));
    expect(selectGradientCheck(state())).toBe(check); // memoised
  });

  it('changes the relative error when h changes', () => {
    const before = selectGradientCheck(state()).centralError;
    state().gradientCheckSetExponent(0);
    const large = selectGradientCheck(state());
    expect(large.step).toBe(1);
    expect(large.centralError).not.toBe(before);
    expect(large.centralError).toBeGreaterThan(100 * before);
    expect(large.diagnosis.regime).toBe('truncation');
    state().gradientCheckSetExponent(-12);
    expect(selectGradientCheck(state()).diagnosis.regime).toBe('rounding');
  });

  it('clamps h to 1e-12 … 1, snaps to quarter decades and ignores NaN', () => {
    state().gradientCheckSetExponent(-20);
    expect(state().gradientCheckExponent).toBe(-12);
    state().gradientCheckSetExponent(3);
    expect(state().gradientCheckExponent).toBe(0);
    state().gradientCheckSetExponent(-3.1);
    expect(state().gradientCheckExponent).toBe(-3);
    state().gradientCheckSetExponent(Number.NaN);
    expect(state().gradientCheckExponent).toBe(-3);
    expect(clampStepExponent(-4.4)).toBe(-4.5);
  });

  it('checks the chosen weight, and only weights the network has', () => {
    const w11 = selectGradientCheck(state());
    state().gradientCheckSelect(v1);
    const checked = selectGradientCheck(state());
    expect(checked.name).toBe('v1');
    expect(checked.theta).toBe(state().session.parameters[1].weights[0][0]);
    expect(checked.gradient).not.toBe(w11.gradient);
    expect(checked.centralError).not.toBe(w11.centralError);
    state().gradientCheckSelect({ layer: 5, kind: 'bias', row: 0, column: 0 });
    expect(selectGradientCheck(state()).name).toBe('v1');
  });

  it('uses the exercise’s current parameters and example', () => {
    state().gradientCheckSelect(v1);
    state().setParameter(v1, 0.45);
    expect(selectGradientCheck(state()).theta).toBe(0.45);
    state().setLessonExample({ input: [1, 0], target: [1] });
    state().gradientCheckSelect({ layer: 0, kind: 'weight', row: 0, column: 1 }); // w12 multiplies x2 = 0
    const check = selectGradientCheck(state());
    expect(check.gradient).toBe(0);
    expect(check.central).toBe(0);
    expect(check.centralError).toBe(0);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { relativeError } from '../../../src/labs/gradient-check/model/gradient-check';
import {
  checkOf,
  clampStepExponent,
  useGradientCheckStore,
} from '../../../src/labs/gradient-check/store';
import { LESSON_NETWORK, labNetworkOf } from '../../../src/features/exercise/face/exercise-network';
import { resetAppStore, useAppStore } from '../../../src/store/store';
import { resetStore } from '../reset-store';

beforeEach(() => {
  resetAppStore();
  resetStore(useGradientCheckStore);
});

const exercise = () => useAppStore.getState();
const lab = () => useGradientCheckStore.getState();
const network = () => labNetworkOf(exercise().session);
/** The check the section shows: the chosen parameter and h on the exercise's network. */
const current = () => checkOf(network(), lab());
const v1 = { layer: 1, kind: 'weight', row: 0, column: 0 } as const;

describe('gradient-check store', () => {
  it('starts on w₁₁ with h = 1e-4', () => {
    const check = current();
    expect(check.name).toBe('w₁₁');
    expect(check.step).toBeCloseTo(1e-4, 18);
    expect(check.centralError).toBe(relativeError(check.gradient, check.central));
    expect(current()).toBe(check); // memoised
  });

  it('changes the relative error when h changes', () => {
    const before = current().centralError;
    lab().setExponent(0);
    const large = current();
    expect(large.step).toBe(1);
    expect(large.centralError).not.toBe(before);
    expect(large.centralError).toBeGreaterThan(100 * before);
    expect(large.diagnosis.regime).toBe('truncation');
    lab().setExponent(-12);
    expect(current().diagnosis.regime).toBe('rounding');
  });

  it('clamps h to 1e-12 … 1, snaps to quarter decades and ignores NaN', () => {
    lab().setExponent(-20);
    expect(lab().exponent).toBe(-12);
    lab().setExponent(3);
    expect(lab().exponent).toBe(0);
    lab().setExponent(-3.1);
    expect(lab().exponent).toBe(-3);
    lab().setExponent(Number.NaN);
    expect(lab().exponent).toBe(-3);
    expect(clampStepExponent(-4.4)).toBe(-4.5);
  });

  it('checks the chosen weight, and only weights the network has', () => {
    const w11 = current();
    lab().select(v1, network().spec);
    const checked = current();
    expect(checked.name).toBe('v₁');
    expect(checked.theta).toBe(exercise().session.parameters[1]?.weights[0]?.[0]);
    expect(checked.gradient).not.toBe(w11.gradient);
    expect(checked.centralError).not.toBe(w11.centralError);
    lab().select({ layer: 5, kind: 'bias', row: 0, column: 0 }, network().spec);
    expect(current().name).toBe('v₁');
  });

  it('uses the exercise’s current parameters and example', () => {
    lab().select(v1, network().spec);
    exercise().setParameter(v1, 0.45);
    expect(current().theta).toBe(0.45);
    exercise().setLessonExample({ input: [1, 0], target: [1] });
    lab().select({ layer: 0, kind: 'weight', row: 0, column: 1 }, network().spec); // w12 multiplies x2 = 0
    const check = current();
    expect(check.gradient).toBe(0);
    expect(check.central).toBe(0);
    expect(check.centralError).toBe(0);
  });

  it('checks the lesson’s start for a network with no parameters at all', () => {
    const empty = {
      ...LESSON_NETWORK,
      spec: { ...LESSON_NETWORK.spec, layers: [] },
      parameters: [],
    };
    const check = checkOf(empty, lab());
    expect(check.name).toBe('w₁₁');
    expect(check.theta).toBe(LESSON_NETWORK.parameters[0]?.weights[0]?.[0]);
  });
});

// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARROW,
  arrowLength,
  arrowPath,
  gradientDirection,
} from '../../../../src/features/exercise/network-diagram/arrows';
import {
  PALETTE,
  STROKE_WIDTH,
  weightColor,
  weightDash,
  weightMark,
  weightMarkPath,
  weightStrokeWidth,
} from '../../../../src/features/exercise/network-diagram/weight-style';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const magnitude = fc.double({ min: 0, max: 1e6, noNaN: true });

describe('gradient arrows', () => {
  it('point the way of −∂L/∂θ: up (increase) for a negative gradient, down for a positive one', () => {
    fc.assert(
      fc.property(finite, (gradient) => {
        const direction = gradientDirection(gradient);
        if (gradient === 0) expect(direction).toBe('none');
        else expect(direction).toBe(-gradient > 0 ? 'increase' : 'decrease');
      }),
    );
    expect(gradientDirection(-0)).toBe('none');
  });

  it('grow with |∂L/∂θ|, never shrinking as it grows, within the clamped range', () => {
    fc.assert(
      fc.property(magnitude, magnitude, fc.boolean(), (a, b, negative) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const sign = negative ? -1 : 1;
        expect(arrowLength(sign * small)).toBeLessThanOrEqual(arrowLength(large));
        if (large > 0) {
          expect(arrowLength(large)).toBeGreaterThanOrEqual(ARROW.minimumLength);
          expect(arrowLength(large)).toBeLessThanOrEqual(ARROW.maximumLength);
        }
      }),
    );
  });

  it('are log-scaled: each factor of 10 adds the same length inside the range, and 0 draws none', () => {
    const step = arrowLength(1e-3) - arrowLength(1e-4);
    expect(step).toBeGreaterThan(0);
    expect(arrowLength(1e-2) - arrowLength(1e-3)).toBeCloseTo(step, 10);
    expect(arrowLength(10 ** ARROW.floorExponent / 10)).toBe(ARROW.minimumLength);
    expect(arrowLength(10 ** ARROW.ceilingExponent * 10)).toBe(ARROW.maximumLength);
    expect(arrowLength(0)).toBe(0);
  });

  it('draw their tip above the centre for an increase and below it for a decrease', () => {
    const tipY = (path: string) => Number(/V (-?[\d.]+)/.exec(path)?.[1]);
    expect(tipY(arrowPath(10, 50, 'increase', 20))).toBeLessThan(50);
    expect(tipY(arrowPath(10, 50, 'decrease', 20))).toBeGreaterThan(50);
    expect(arrowPath(10, 50, 'none', 0)).not.toMatch(/V/);
  });
});

describe('weight style', () => {
  it('widens the stroke with |w|, monotonically, clamped to its range', () => {
    fc.assert(
      fc.property(magnitude, magnitude, fc.boolean(), (a, b, negative) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const sign = negative ? -1 : 1;
        expect(weightStrokeWidth(sign * small)).toBeLessThanOrEqual(weightStrokeWidth(large));
        expect(weightStrokeWidth(large)).toBeGreaterThanOrEqual(STROKE_WIDTH.minimum);
        expect(weightStrokeWidth(large)).toBeLessThanOrEqual(STROKE_WIDTH.maximum);
      }),
    );
    expect(weightStrokeWidth(0.5)).toBeGreaterThan(weightStrokeWidth(0.25));
    expect(weightStrokeWidth(-0.5)).toBe(weightStrokeWidth(0.5));
  });

  it('never tells the sign by colour alone: negative weights are dashed and marked "−"', () => {
    fc.assert(
      fc.property(finite, (weight) => {
        if (weight > 0) {
          expect([weightColor(weight), weightDash(weight), weightMark(weight)]).toEqual([
            PALETTE.positive,
            undefined,
            '+',
          ]);
        } else if (weight < 0) {
          expect(weightColor(weight)).toBe(PALETTE.negative);
          expect(weightDash(weight)).toBeDefined();
          expect(weightMark(weight)).toBe('−');
        }
      }),
    );
    expect(weightDash(0)).not.toBe(weightDash(-1));
  });

  it('draws with CSS variables of the palette, so it follows the theme (contrast: palette.test.ts)', () => {
    for (const color of Object.values(PALETTE)) expect(color).toMatch(/^var\(--color-[a-z-]+\)$/);
    expect(weightColor(1)).toBe('var(--color-positive)');
    expect(weightColor(-1)).toBe('var(--color-negative)');
    expect(weightColor(0)).toBe(PALETTE.muted);
  });

  it('draws the mark as strokes, not text: "+" two bars, "−" one bar, "0" a ring', () => {
    const commands = (path: string) => path.replace(/[^MHVLA]/g, '');
    expect(commands(weightMarkPath(0.5, 10, 20))).toBe('MHMV');
    expect(commands(weightMarkPath(-0.5, 10, 20))).toBe('MH');
    expect(commands(weightMarkPath(0, 10, 20))).toBe('MAA');
    // centred on (x, y): the bar runs 4 units either side
    expect(weightMarkPath(-0.5, 10, 20)).toBe('M 6 20 H 14');
  });
});

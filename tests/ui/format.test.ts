// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatField, formatValue, NOT_A_NUMBER } from '../../src/ui/format';
import { LANGUAGES } from '../../src/content/ui/messages';

/** The significant figures a formatted number shows: its digits from the first non-zero one. */
function figuresOf(formatted: string): number {
  const mantissa = formatted.split('E')[0] ?? '';
  return mantissa.replace(/[-.,]/g, '').replace(/^0+/, '').length;
}

/** The number a formatted string stands for, in either language. */
const read = (formatted: string) => Number(formatted.replace(',', '.'));

describe('formatValue', () => {
  it('shows four significant figures by default, keeping the trailing zeros', () => {
    expect(formatValue(0.123456, 'pt-BR')).toBe('0,1235');
    expect(formatValue(0.00123456, 'pt-BR')).toBe('0,001235');
    expect(formatValue(-0.0123456, 'en')).toBe('-0.01235');
    expect(formatValue(1, 'pt-BR')).toBe('1,000');
    expect(formatValue(12.3456, 'en')).toBe('12.35');
    expect(formatValue(0, 'pt-BR')).toBe('0,000');
    expect(formatValue(-0, 'en')).toBe('0.000');
  });

  it('switches to scientific notation below 10⁻³ and from 10^figures on', () => {
    expect(formatValue(0.000123456, 'pt-BR')).toBe('1,235E-4');
    expect(formatValue(12345.6, 'en')).toBe('1.235E4');
    // 9999,7 rounds to 10⁴ at four figures: scientific, not a five-digit "10000"
    expect(formatValue(9999.7, 'en')).toBe('1.000E4');
    expect(formatValue(9999.4, 'en')).toBe('9999');
    expect(formatValue(12345.6, 'en', 6)).toBe('12345.6');
  });

  it('shows the figures asked for, fewer only down to the minimum when they are zeros', () => {
    expect(formatValue(0.123456789, 'pt-BR', 6)).toBe('0,123457');
    expect(formatValue(1, 'en', 6)).toBe('1.00000');
    expect(formatValue(1, 'en', 6, 4)).toBe('1.000');
    expect(formatValue(0.12345678, 'en', 6, 4)).toBe('0.123457');
    expect(formatValue(0.1, 'en', 2.6)).toBe('0.100');
    expect(formatValue(0.5, 'en', Number.NaN)).toBe('0.5000');
  });

  it('never prints NaN or Infinity', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(formatValue(value, 'pt-BR')).toBe(NOT_A_NUMBER);
  });

  it('rounds to within half a unit of the last shown digit, with exactly the figures asked', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.double({ min: -1e-2, max: 1e-2, noNaN: true }),
        ),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...LANGUAGES),
        (value, figures, language) => {
          fc.pre(Math.abs(value) > 1e-300); // a unit of 10⁻³²⁴ underflows to 0
          const shown = formatValue(value, language, figures);
          expect(figuresOf(shown)).toBe(figures);
          const [mantissa = '', exponent = '0'] = shown.split('E');
          const decimals = mantissa.split(/[.,]/)[1]?.length ?? 0;
          const unit = 10 ** (Number(exponent) - decimals);
          const error = Math.abs(read(mantissa) * 10 ** Number(exponent) - value);
          expect(error).toBeLessThanOrEqual((unit / 2) * (1 + 1e-9));
          expect(language === 'pt-BR' ? shown.includes('.') : shown.includes(',')).toBe(false);
        },
      ),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('formatField', () => {
  it('writes a field’s number as one would type it: no trailing zeros', () => {
    expect(formatField(0.5, 'pt-BR')).toBe('0,5');
    expect(formatField(1e-4, 'en')).toBe('1E-4');
    expect(formatField(1, 'en')).toBe('1');
    expect(formatField(0, 'pt-BR')).toBe('0');
  });

  it('keeps the figures asked for, reads back within half a unit of the last one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        (value, figures) => {
          const written = formatField(value, 'en', figures);
          expect(figuresOf(written)).toBeLessThanOrEqual(figures);
          expect(written).not.toMatch(/\.\d*0(E|$)/);
          const unit = Math.abs(value) * 10 ** (1 - figures);
          expect(Math.abs(Number(written) - value)).toBeLessThanOrEqual(unit / 2 + 1e-300);
        },
      ),
    );
  });
});

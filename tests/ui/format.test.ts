// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatField,
  formatFixed,
  formatValue,
  formatValueTex,
  NOT_A_NUMBER,
  roundToFigures,
  superscriptExponent,
  texOfFormatted,
} from '../../src/ui/format';
import { parseTypedNumber } from '../../src/ui/parse-number';
import { LANGUAGES } from '../../src/content/ui/messages';

const MINUS = '\u2212';
const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
};

/** A formatted number split by hand: sign, mantissa with a point, exponent (0 when written out). */
function split(formatted: string): { negative: boolean; mantissa: string; exponent: number } {
  const [head = '', power] = formatted.split('·10');
  const negative = head.startsWith(MINUS);
  const mantissa = (negative ? head.slice(1) : head).replace(',', '.');
  const exponent =
    power === undefined ? 0 : Number([...power].map((c) => SUPERSCRIPTS[c] ?? 'x').join(''));
  return { negative, mantissa, exponent };
}

/** The significant figures a formatted number shows: its digits from the first non-zero one. */
function figuresOf(formatted: string): number {
  return split(formatted).mantissa.replace('.', '').replace(/^0+/, '').length;
}

/** The number a formatted string stands for, read without the app's parser. */
function read(formatted: string): number {
  const { negative, mantissa, exponent } = split(formatted);
  return (negative ? -1 : 1) * Number(mantissa) * 10 ** exponent;
}

describe('formatValue', () => {
  it('shows four significant figures by default, keeping the trailing zeros', () => {
    expect(formatValue(0.123456, 'pt-BR')).toBe('0,1235');
    expect(formatValue(0.00123456, 'pt-BR')).toBe('0,001235');
    expect(formatValue(-0.0123456, 'en')).toBe(`${MINUS}0.01235`);
    expect(formatValue(1, 'pt-BR')).toBe('1,000');
    expect(formatValue(12.3456, 'en')).toBe('12.35');
    expect(formatValue(0, 'pt-BR')).toBe('0,000');
    expect(formatValue(-0, 'en')).toBe('0.000');
  });

  it('writes negatives with the minus sign U+2212, never the hyphen-minus', () => {
    expect(formatValue(-0.5, 'pt-BR')).toBe('\u22120,5000');
    expect(formatValue(-2.5e-7, 'en')).toBe('\u22122.500·10\u207b\u2077');
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: -1e-12, noNaN: true }),
        fc.constantFrom(...LANGUAGES),
        (value, language) => {
          const shown = formatValue(value, language);
          expect(shown.startsWith(MINUS)).toBe(true);
          expect(shown).not.toContain('-');
        },
      ),
      { seed: 5, numRuns: 200 },
    );
  });

  it('writes powers of ten as ·10 with a superscript exponent below 10⁻³ and from 10^figures on', () => {
    expect(formatValue(0.000123456, 'pt-BR')).toBe('1,235·10⁻⁴');
    expect(formatValue(0.000123456, 'en')).toBe('1.235·10⁻⁴');
    expect(formatValue(1.234e-5, 'pt-BR')).toBe('1,234·10⁻⁵');
    expect(formatValue(12345.6, 'en')).toBe('1.235·10⁴');
    expect(formatValue(3.2e-12, 'en')).toBe('3.200·10⁻¹²');
    // 9999,7 rounds to 10⁴ at four figures: scientific, not a five-digit "10000"
    expect(formatValue(9999.7, 'en')).toBe('1.000·10⁴');
    expect(formatValue(9999.4, 'en')).toBe('9999');
    expect(formatValue(12345.6, 'en', 6)).toBe('12345.6');
    for (const language of LANGUAGES) expect(formatValue(1e-9, language)).not.toMatch(/E|×/);
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
          const { mantissa, exponent } = split(shown);
          const decimals = mantissa.split('.')[1]?.length ?? 0;
          const unit = 10 ** (exponent - decimals);
          const error = Math.abs(read(shown) - value);
          expect(error).toBeLessThanOrEqual((unit / 2) * (1 + 1e-9) + Math.abs(value) * 1e-15);
          expect(language === 'pt-BR' ? shown.includes('.') : shown.includes(',')).toBe(false);
          expect(shown).not.toMatch(/[-eE×]/);
        },
      ),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('superscriptExponent', () => {
  it('writes every digit and the minus in superscript', () => {
    expect(superscriptExponent(-4)).toBe('\u207b\u2074');
    expect(superscriptExponent(10)).toBe('\u00b9\u2070');
    expect(superscriptExponent(-23)).toBe('\u207b\u00b2\u00b3');
    expect(superscriptExponent(0)).toBe('\u2070');
  });
});

describe('roundToFigures', () => {
  it('is the number formatValue shows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e8, max: 1e8, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (value, figures) => {
          fc.pre(Math.abs(value) > 1e-300);
          expect(roundToFigures(value, figures)).toBe(
            Number(value.toPrecision(figures)) === 0 ? 0 : Number(value.toPrecision(figures)),
          );
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });
});

describe('formatValueTex and texOfFormatted', () => {
  it('writes the same number in TeX: {,} for the comma, \\cdot 10^{…} for the power', () => {
    expect(formatValueTex(-1.234e-5, 'pt-BR')).toBe('-1{,}234 \\cdot 10^{-5}');
    expect(formatValueTex(1.234e-5, 'en')).toBe('1.234 \\cdot 10^{-5}');
    expect(formatValueTex(12345.6, 'pt-BR')).toBe('1{,}235 \\cdot 10^{4}');
    expect(formatValueTex(-0.5, 'en')).toBe('-0.5000');
    expect(formatValueTex(Number.NaN, 'en')).toBe('\\text{---}');
    expect(texOfFormatted('1,2E-5')).toBe('\\text{---}');
  });
});

describe('formatFixed and formatCount', () => {
  it('use the language’s separator and the minus sign U+2212', () => {
    expect(formatFixed(-0.25, 'pt-BR', 2)).toBe(`${MINUS}0,25`);
    expect(formatFixed(0.25, 'en', 3)).toBe('0.250');
    expect(formatFixed(-0.001, 'en', 2)).toBe('0.00');
    expect(formatCount(-1500, 'pt-BR')).toBe(`${MINUS}1.500`);
    expect(formatCount(1500, 'en')).toBe('1,500');
  });
});

describe('formatField', () => {
  it('writes a field’s number as one would type it: no trailing zeros', () => {
    expect(formatField(0.5, 'pt-BR')).toBe('0,5');
    expect(formatField(1e-4, 'en')).toBe('1·10⁻⁴');
    expect(formatField(-1e-4, 'pt-BR')).toBe(`${MINUS}1·10⁻⁴`);
    expect(formatField(1, 'en')).toBe('1');
    expect(formatField(0, 'pt-BR')).toBe('0');
  });

  it('keeps the figures asked for, reads back within half a unit of the last one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(...LANGUAGES),
        (value, figures, language) => {
          const written = formatField(value, language, figures);
          expect(figuresOf(written)).toBeLessThanOrEqual(figures);
          expect(written).not.toMatch(/[.,]\d*0(·|$)/);
          const unit = Math.abs(value) * 10 ** (1 - figures);
          expect(Math.abs(read(written) - value)).toBeLessThanOrEqual(unit / 2 + 1e-300);
        },
      ),
      { seed: 7 },
    );
  });

  it('round-trips through the number parser in both languages', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
        ),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...LANGUAGES),
        (value, figures, language) => {
          fc.pre(value === 0 || Math.abs(value) > 1e-300); // 10⁻³²⁴ underflows when read by hand
          const written = formatField(value, language, figures);
          const parsed = parseTypedNumber(written);
          expect(parsed).not.toBeNull();
          // the field holds the number shown, read back as the nearest double to that decimal
          expect(parsed).toBe(roundToFigures(value, figures));
          const shown = read(written);
          expect(Math.abs((parsed as number) - shown)).toBeLessThanOrEqual(Math.abs(shown) * 1e-12);
        },
      ),
      { seed: 13, numRuns: 500 },
    );
  });
});

describe('parseTypedNumber', () => {
  it('reads what learners type: hyphen-minus, E forms, either separator', () => {
    expect(parseTypedNumber('-0,5')).toBe(-0.5);
    expect(parseTypedNumber('\u22120,5')).toBe(-0.5);
    expect(parseTypedNumber('1e-4')).toBe(1e-4);
    expect(parseTypedNumber('1,5E-4')).toBe(1.5e-4);
    expect(parseTypedNumber('-2.5E3')).toBe(-2500);
    expect(parseTypedNumber('1,2·10⁻⁴')).toBe(1.2e-4);
    expect(parseTypedNumber('1.2 × 10^-4')).toBe(1.2e-4);
    expect(parseTypedNumber('3·10¹²')).toBe(3e12);
  });

  it('refuses partial or malformed input', () => {
    for (const text of ['', '-', '1,2·10', '·10⁻⁴', '1,2·10⁻', '1,2,3', 'abc', '1e400'])
      expect(parseTypedNumber(text)).toBeNull();
  });
});

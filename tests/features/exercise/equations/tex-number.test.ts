import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { formatValue, NOT_A_NUMBER } from '../../../../src/ui/format';
import { numberWriter, texNumber } from '../../../../src/features/exercise/equations/tex-number';
import { LANGUAGES } from '../../../../src/content/ui/messages';

/** The display string a TeX number came from: the inverse of texNumber, written independently. */
function fromTex(tex: string): string {
  const bare = tex.startsWith('(') && tex.endsWith(')') ? tex.slice(1, -1) : tex;
  const superscript = (exponent: string) =>
    [...exponent].map((c) => (c === '-' ? '\u207b' : '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)])).join('');
  return bare
    .replace(/^-/, '\u2212')
    .replace('{,}', ',')
    .replace(/ \\cdot 10\^\{(-?\d+)\}$/, (_, exponent: string) => `·10${superscript(exponent)}`);
}

/** Finite doubles over the whole range formatValue handles, fixed and scientific. */
const finiteValues = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double({ min: -1e-2, max: 1e-2, noNaN: true }),
);

describe('texNumber', () => {
  it('writes the pt-BR decimal comma as {,} so TeX adds no space after it', () => {
    expect(texNumber('0,5000')).toBe('0{,}5000');
    expect(texNumber('\u221212,0625')).toBe('-12{,}0625');
  });

  it('keeps the English decimal point', () => {
    expect(texNumber('0.5000')).toBe('0.5000');
  });

  it('writes scientific notation as a power of ten with \\cdot, its minus as TeX’s', () => {
    expect(texNumber('1,234·10⁻⁵')).toBe('1{,}234 \\cdot 10^{-5}');
    expect(texNumber('\u22129.87·10⁷')).toBe('-9.87 \\cdot 10^{7}');
    expect(texNumber('1·10¹²')).toBe('1 \\cdot 10^{12}');
  });

  it('puts negative and scientific operands in parentheses, and only those', () => {
    expect(texNumber('\u22120,0123', { operand: true })).toBe('(-0{,}0123)');
    expect(texNumber('1,234·10⁻⁵', { operand: true })).toBe('(1{,}234 \\cdot 10^{-5})');
    expect(texNumber('0,0123', { operand: true })).toBe('0{,}0123');
    expect(texNumber('\u22120,0123')).toBe('-0{,}0123');
  });

  it('turns the dash of a non-finite value, or anything unexpected, into a TeX dash', () => {
    expect(texNumber(NOT_A_NUMBER)).toBe('\\text{---}');
    expect(texNumber('NaN')).toBe('\\text{---}');
    expect(texNumber('1,2,3')).toBe('\\text{---}');
    expect(texNumber('1,2E-5')).toBe('\\text{---}');
  });

  it('keeps every digit formatValue shows, in both languages', () => {
    fc.assert(
      fc.property(
        finiteValues,
        fc.constantFrom(...LANGUAGES),
        fc.boolean(),
        (value, language, operand) => {
          const shown = formatValue(value, language);
          expect(fromTex(texNumber(shown, { operand }))).toBe(shown);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('always gives TeX that KaTeX parses', () => {
    fc.assert(
      fc.property(finiteValues, fc.constantFrom(...LANGUAGES), (value, language) => {
        const writer = numberWriter(language);
        const tex = `${writer.plain(value)} \\cdot ${writer.operand(value)}`;
        expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

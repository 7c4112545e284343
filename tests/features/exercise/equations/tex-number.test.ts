import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { formatValue, NOT_A_NUMBER } from '../../../../src/ui/format';
import { numberWriter, texNumber } from '../../../../src/features/exercise/equations/tex-number';
import { LANGUAGES } from '../../../../src/content/ui/messages';

/** The display string a TeX number came from: the inverse of texNumber, written independently. */
function fromTex(tex: string): string {
  const bare = tex.startsWith('(') && tex.endsWith(')') ? tex.slice(1, -1) : tex;
  return bare.replace('{,}', ',').replace(/ \\times 10\^\{(-?\d+)\}$/, 'E$1');
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
    expect(texNumber('-12,0625')).toBe('-12{,}0625');
  });

  it('keeps the English decimal point', () => {
    expect(texNumber('0.5000')).toBe('0.5000');
  });

  it('writes scientific notation as a power of ten', () => {
    expect(texNumber('1,234E-5')).toBe('1{,}234 \\times 10^{-5}');
    expect(texNumber('-9.87E7')).toBe('-9.87 \\times 10^{7}');
    expect(texNumber('1E5')).toBe('1 \\times 10^{5}');
  });

  it('puts negative and scientific operands in parentheses, and only those', () => {
    expect(texNumber('-0,0123', { operand: true })).toBe('(-0{,}0123)');
    expect(texNumber('1,234E-5', { operand: true })).toBe('(1{,}234 \\times 10^{-5})');
    expect(texNumber('0,0123', { operand: true })).toBe('0{,}0123');
    expect(texNumber('-0,0123')).toBe('-0{,}0123');
  });

  it('turns the dash of a non-finite value, or anything unexpected, into a TeX dash', () => {
    expect(texNumber(NOT_A_NUMBER)).toBe('\\text{---}');
    expect(texNumber('NaN')).toBe('\\text{---}');
    expect(texNumber('1,2,3')).toBe('\\text{---}');
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

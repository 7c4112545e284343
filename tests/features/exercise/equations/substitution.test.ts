// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  literal,
  minus,
  parentheses,
  plus,
  shown,
  substitution,
  TEXT_NOTATION,
  times,
} from '../../../../src/features/exercise/equations/substitution';
import { texNumber } from '../../../../src/features/exercise/equations/tex-number';
import { formatValue } from '../../../../src/ui/format';

/** "0{,}1234" or "(-1{,}2 \cdot 10^{-5})" → the number, and the unit of its last digit. */
function read(tex: string): { value: number; unit: number } {
  const [mantissa = '', exponent = '{0}'] = tex.replace(/^\((.*)\)$/, '$1').split(' \\cdot 10^');
  const plain = mantissa.replace('{,}', '.');
  const power = Number(exponent.replace(/[{}]/g, ''));
  const decimals = plain.split('.')[1]?.length ?? 0;
  return { value: Number(plain) * 10 ** power, unit: 10 ** (power - decimals) };
}

/** The significant figures a TeX number shows. */
const figuresOf = (tex: string) =>
  (tex.replace(/^\((.*)\)$/, '$1').split(' \\cdot 10^')[0] ?? '')
    .replace(/[-{},.]/g, '')
    .replace(/^0+/, '').length;

/** A factor of 10 significant digits between −3 and 3. */
const factorValue = fc.integer({ min: -3e9, max: 3e9 }).map((n) => n / 1e9);

describe('substitution', () => {
  it('writes the operands with the display’s figures when those come out by hand', () => {
    expect(substitution(times(shown(0.5), shown(0.25)), 0.125, 'pt-BR', 4)).toBe(
      '0{,}5000 \\cdot 0{,}2500 = 0{,}1250',
    );
    expect(substitution(parentheses(minus(literal(1), shown(0.5))), 0.5, 'en', 4)).toBe(
      '(1 - 0.5000) = 0.5000',
    );
  });

  it('gives an operand the result’s decimal places when a difference cancels', () => {
    const prediction = 0.99876543;
    const tex = substitution(minus(shown(prediction), shown(1)), prediction - 1, 'pt-BR', 4);
    const [left = '', right = ''] = tex.split(' = ');
    const [yHat = '', y = ''] = left.split(' - ');
    expect(right).toBe('-0{,}001235');
    expect(y).toBe('1{,}000');
    // ŷ to the result's last digit (10⁻⁶) at least: 0,998765, seven figures
    expect(read(yHat).unit).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(read(yHat).value - 1 - read(right).value)).toBeLessThanOrEqual(5e-7);
  });

  it('writes a product with the fewest figures k ≥ 4 that reproduce the rounded exact result', () => {
    fc.assert(
      fc.property(factorValue, factorValue, (a, b) => {
        fc.pre(Math.abs(a) > 1e-3 && Math.abs(b) > 1e-3);
        const tex = substitution(times(shown(a), shown(b)), a * b, 'pt-BR', 4);
        const [operands = '', result = ''] = tex.split(' = ');
        const [left = '', right = ''] = operands.split(' \\cdot ');
        expect(result).toBe(texNumber(formatValue(a * b, 'pt-BR')));
        const byHand = read(left).value * read(right).value;
        expect(Math.abs(byHand - read(result).value)).toBeLessThanOrEqual(
          (read(result).unit / 2) * (1 + 1e-9),
        );
        // one figure fewer would not have come out (unless already at the display's four)
        const figures = Math.max(figuresOf(left), figuresOf(right));
        expect(figures).toBeGreaterThanOrEqual(4);
        if (figures > 4) {
          const fewer = (value: number) => Number(value.toPrecision(figures - 1));
          expect(formatValue(fewer(a) * fewer(b), 'en')).not.toBe(formatValue(a * b, 'en'));
        }
      }),
      { seed: 5, numRuns: 400 },
    );
  });

  it('writes plain text for the diagram: "·", " − ", negative and scientific operands in parentheses', () => {
    const term = plus(times(shown(0.5), shown(-0.25)), shown(0.1));
    expect(substitution(term, 0.5 * -0.25 + 0.1, 'pt-BR', 4, TEXT_NOTATION)).toBe(
      '0,5000·(\u22120,2500) + 0,1000 = \u22120,02500',
    );
    expect(substitution(minus(shown(0.75), shown(1)), -0.25, 'en', 4, TEXT_NOTATION)).toBe(
      '0.7500 − 1.000 = \u22120.2500',
    );
    expect(substitution(times(shown(2), shown(1.5e-5)), 3e-5, 'pt-BR', 4, TEXT_NOTATION)).toBe(
      '2,000·(1,500·10⁻⁵) = 3,000·10⁻⁵',
    );
  });

  it('shows a dash for a result that is not finite', () => {
    expect(substitution(times(shown(2), shown(Number.NaN)), Number.NaN, 'en', 4)).toBe(
      '2.000 \\cdot \\text{---} = \\text{---}',
    );
  });
});

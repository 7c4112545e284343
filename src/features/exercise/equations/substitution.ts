import type { Language } from '../../../content/ui/messages';
import { formatValue, MINUS, roundToFigures, TIMES_TEN } from '../../../ui/format';
import { texNumber } from './tex-number';

/** The numbers of a substitution joined by the operators the line writes, as one small tree. */
export type Term =
  | { kind: 'number'; value: number }
  | { kind: 'literal'; value: number; tex: string }
  | { kind: 'product'; factors: readonly Term[] }
  | { kind: 'sum'; terms: readonly Term[] }
  | { kind: 'difference'; minuend: Term; subtrahend: Term }
  | { kind: 'square'; base: Term }
  | { kind: 'parentheses'; inner: Term };

/** A model number, shown rounded. */
export const shown = (value: number): Term => ({ kind: 'number', value });
/** An exact number written as given: the 1 of (1 − a), ReLU's chosen slope. */
export const literal = (value: number, tex = String(value)): Term => ({
  kind: 'literal',
  value,
  tex,
});
/** a · b · …, flattened so that it is computed left to right, as it is read. */
export const times = (...factors: Term[]): Term => ({
  kind: 'product',
  factors: factors.flatMap((factor) => (factor.kind === 'product' ? factor.factors : [factor])),
});
export const plus = (...terms: Term[]): Term => ({ kind: 'sum', terms });
export const minus = (minuend: Term, subtrahend: Term): Term => ({
  kind: 'difference',
  minuend,
  subtrahend,
});
export const squared = (base: Term): Term => ({ kind: 'square', base });
export const parentheses = (inner: Term): Term => ({ kind: 'parentheses', inner });

/** The term's value with each model number replaced by `round(number)`. */
function evaluate(term: Term, round: (value: number) => number): number {
  switch (term.kind) {
    case 'number':
      return round(term.value);
    case 'literal':
      return term.value;
    case 'product':
      return term.factors.reduce((product, factor) => product * evaluate(factor, round), 1);
    case 'sum':
      return term.terms.reduce((total, addend) => total + evaluate(addend, round), 0);
    case 'difference':
      return evaluate(term.minuend, round) - evaluate(term.subtrahend, round);
    case 'square': {
      const base = evaluate(term.base, round);
      return base * base;
    }
    case 'parentheses':
      return evaluate(term.inner, round);
  }
}

/** How a substitution is written: TeX for the live equations, plain text for the diagram. */
export interface Notation {
  /** A number as formatValue showed it; `operand` when it follows an operator. */
  number: (formatted: string, operand: boolean) => string;
  times: string;
  plus: string;
  minus: string;
  squared: string;
}

/** TeX: a negative or scientific operand in parentheses, "0{,}5 \cdot (-0{,}0123)". */
export const TEX_NOTATION: Notation = {
  number: (formatted, operand) => texNumber(formatted, { operand }),
  times: ' \\cdot ',
  plus: ' + ',
  minus: ' - ',
  squared: '^2',
};

/** Plain text, as the diagram writes it: a negative or scientific operand in parentheses, "2·(−0,5)". */
export const TEXT_NOTATION: Notation = {
  number: (formatted, operand) =>
    operand && (formatted.startsWith(MINUS) || formatted.includes(TIMES_TEN))
      ? `(${formatted})`
      : formatted,
  times: '·',
  plus: ' + ',
  minus: ' − ',
  squared: '²',
};

/** The term written out; a number leads (plain) or follows an operator (an operand). */
function write(
  term: Term,
  notation: Notation,
  format: (value: number) => string,
  leading: boolean,
): string {
  const inner = (part: Term, partLeading: boolean) => write(part, notation, format, partLeading);
  switch (term.kind) {
    case 'number':
      return notation.number(format(term.value), !leading);
    case 'literal':
      return term.tex;
    case 'product':
      return term.factors.map((factor) => inner(factor, false)).join(notation.times);
    case 'sum':
      return term.terms.map((addend, at) => inner(addend, leading && at === 0)).join(notation.plus);
    case 'difference':
      return `${inner(term.minuend, leading)}${notation.minus}${inner(term.subtrahend, false)}`;
    case 'square':
      return `${inner(term.base, false)}${notation.squared}`;
    case 'parentheses':
      return `(${inner(term.inner, true)})`;
  }
}

/** 17 significant digits name every double: an operand shown with them is the number itself. */
const EXACT_FIGURES = 17;

/** The value a number has as shown with `figures` significant figures. */
const roundedTo = (figures: number) => (value: number) => roundToFigures(value, figures);

/**
 * "operands = result" in `notation` (TeX or the diagram's text), written so that it comes out by
 * hand: f of the operands as shown, rounded to the result's last digit, gives the result shown.
 *
 * Why operands may carry more figures than the result. R is the exact result r rounded to n
 * significant figures (the number the diagram and the read-outs show), so |r − R| ≤ q/2 for the
 * unit q of R's last digit. Operands rounded to k figures give r̃ = f(x̃), off from r by about
 * Σ|∂f/∂xᵢ|·½·10^(eᵢ−k+1). Two things break n-figure operands: when r lies near a rounding
 * boundary R ± q/2, any such error, however small, can cross it (two rounded factors then
 * multiply to another last digit, as the old all-n-figures rule often did); and cancellation
 * (ŷ − 1 with ŷ ≈ 1, θ − η·∂L/∂θ with η·∂L/∂θ ≪ θ) needs operands to the result's own decimal
 * place, which is more than n figures. No fixed k avoids the first, but r̃ → r as k grows, so
 * some k works unless r sits exactly on a boundary. Hence the rule: the result rounded from the
 * exact value at n figures; the operands with the fewest figures k ≥ n (trailing zeros dropped
 * down to n, so an exact 1 stays "1,000") for which f of the shown operands rounds to the shown
 * result. Should none up to 17 figures do (r on a boundary in double precision), the operands are
 * shown with 17 figures, the double itself, and the result rounded from them.
 */
export function substitution(
  term: Term,
  result: number,
  language: Language,
  figures: number,
  notation: Notation = TEX_NOTATION,
): string {
  const written = (operandFigures: number, shownResult: number) => {
    const format = (value: number) => formatValue(value, language, operandFigures, figures);
    const operands = write(term, notation, format, true);
    return `${operands} = ${notation.number(formatValue(shownResult, language, figures), false)}`;
  };
  if (!Number.isFinite(result)) return written(figures, result);
  const target = formatValue(result, 'en', figures);
  const most = Math.max(EXACT_FIGURES, figures);
  for (let operandFigures = figures; operandFigures < most; operandFigures++) {
    const recomputed = evaluate(term, roundedTo(operandFigures));
    if (formatValue(recomputed, 'en', figures) === target) return written(operandFigures, result);
  }
  return written(most, evaluate(term, roundedTo(most)));
}

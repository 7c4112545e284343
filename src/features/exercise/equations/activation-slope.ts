import type { ActivationName } from '../../../core/types';
import { literal, minus, parentheses, shown, squared, times, type Term } from './substitution';
import type { NumberWriter } from './tex-number';

/** g′(z_i) written out for the hidden activation, as TeX; null for an activation the lesson does not offer. */
export function slopeTex(activation: ActivationName, unit: number): string | null {
  switch (activation) {
    case 'sigmoid':
      return `a_{${unit}}\\,(1 - a_{${unit}})`;
    case 'tanh':
      return `(1 - a_{${unit}}^2)`;
    case 'relu':
      return `\\begin{cases} 1 & z_{${unit}} > 0 \\\\ 0 & z_{${unit}} \\le 0 \\end{cases}`;
    default:
      return null;
  }
}

/**
 * g′(z_i) with the unit's numbers substituted: a(1 − a) for sigmoid, 1 − a² for tanh (both from the
 * activation a the diagram shows), and for ReLU the 1 or 0 chosen by the sign of z, as the core
 * does, with z written beneath it (`writer`) as the reason.
 */
export function slopeTerm(
  activation: ActivationName,
  unit: number,
  values: { z: number; a: number },
  writer: NumberWriter,
): Term | null {
  const a = shown(values.a);
  switch (activation) {
    case 'sigmoid':
      return times(a, parentheses(minus(literal(1), a)));
    case 'tanh':
      return parentheses(minus(literal(1), squared(a)));
    case 'relu': {
      const active = values.z > 0;
      const slope = active ? 1 : 0;
      const reason = `z_{${unit}} = ${writer.plain(values.z)} ${active ? '>' : '\\le'} 0`;
      return literal(slope, `\\underbrace{${slope}}_{${reason}}`);
    }
    default:
      return null;
  }
}

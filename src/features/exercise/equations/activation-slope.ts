import type { ActivationName } from '../../../core/types';
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
 * activation a the diagram shows), and for ReLU the 1 or 0 chosen by the sign of z, as the core does.
 */
export function slopeNumbers(
  activation: ActivationName,
  unit: number,
  values: { z: number; a: number },
  writer: NumberWriter,
): string | null {
  const a = writer.operand(values.a);
  switch (activation) {
    case 'sigmoid':
      return `${a} \\cdot (1 - ${a})`;
    case 'tanh':
      return `(1 - ${a}^2)`;
    case 'relu': {
      const active = values.z > 0;
      return `\\underbrace{${active ? 1 : 0}}_{z_{${unit}} = ${writer.plain(values.z)} ${active ? '>' : '\\le'} 0}`;
    }
    default:
      return null;
  }
}

import { LEAKY_SLOPE } from '../scalar';
import type { ActivationName } from '../types';

/** g′(z) from z and the stored a = g(z): σ′ = a(1 − a), tanh′ = 1 − a², ReLU′ = [z > 0], leaky ReLU′ = 1 or its slope. */
export function activationSlope(activation: ActivationName, z: number, a: number): number {
  switch (activation) {
    case 'sigmoid':
      return a * (1 - a);
    case 'tanh':
      return 1 - a * a;
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'leakyRelu':
      return z > 0 ? 1 : LEAKY_SLOPE;
    case 'linear':
      return 1;
  }
}

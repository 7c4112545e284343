import { ConfigurationError } from '../../../core/errors';
import type { GraphNode } from '../../../core/network/expression-graph';
import { LEAKY_SLOPE, sigmoid } from '../../../core/scalar';

/**
 * What a local derivative ∂user/∂input is, for reading it aloud:
 * - constant: a number that does not depend on any value (1 for +, −1 for the subtrahend);
 * - input: the value of another input of the user (for a·b, ∂/∂a = b);
 * - derivative: the op's own derivative at the input, such as σ′(z_o) or 2·(ŷ − y).
 */
export type LocalFactor =
  | { kind: 'constant' }
  | { kind: 'input'; nodeId: number }
  | { kind: 'derivative'; op: string; argumentId: number };

/** ∂user/∂(its input at `position`), from the forward values of the user and its inputs. */
export function localDerivative(
  user: GraphNode,
  inputValues: readonly number[],
  position: number,
): { value: number; factor: LocalFactor } {
  const x = inputValues[position];
  const argumentId = user.inputs[position];
  if (x === undefined || argumentId === undefined) {
    throw new ConfigurationError('graph', `node ${user.id} has no input at position ${position}`);
  }
  const argument: LocalFactor = { kind: 'derivative', op: user.op, argumentId };
  switch (user.op) {
    case '+':
    case 'sum': // ∂(Σ v_k)/∂v_k = 1
      return { value: 1, factor: { kind: 'constant' } };
    case '-': // ∂(a − b)/∂a = 1, ∂(a − b)/∂b = −1
      return { value: position === 0 ? 1 : -1, factor: { kind: 'constant' } };
    case '*': {
      // ∂(a·b)/∂a = b
      const other = 1 - position;
      const value = inputValues[other];
      const nodeId = user.inputs[other];
      if (value === undefined || nodeId === undefined) {
        throw new ConfigurationError('graph', `'*' node ${user.id} needs two inputs`);
      }
      return { value, factor: { kind: 'input', nodeId } };
    }
    case 'exp': // d eˣ/dx = eˣ
      return { value: user.value, factor: argument };
    case 'log': // d ln x/dx = 1/x
      return { value: 1 / x, factor: argument };
    case 'tanh': // 1 − tanh²x
      return { value: 1 - user.value * user.value, factor: argument };
    case 'sigmoid': // σ(1 − σ)
      return { value: user.value * (1 - user.value), factor: argument };
    case 'relu':
      return { value: x > 0 ? 1 : 0, factor: argument };
    case 'leakyRelu':
      return { value: x > 0 ? 1 : LEAKY_SLOPE, factor: argument };
    case 'softplus': // d ln(1 + eˣ)/dx = σ(x)
      return { value: sigmoid(x), factor: argument };
    default: {
      const power = user.op.startsWith('^') ? Number(user.op.slice(1)) : Number.NaN;
      if (Number.isFinite(power)) return { value: power * x ** (power - 1), factor: argument }; // k·x^(k−1)
      throw new ConfigurationError('op', `no local derivative for op '${user.op}'`);
    }
  }
}

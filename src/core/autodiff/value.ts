import { ACTIVATION_FUNCTIONS } from '../functions/activations';
import { sigmoid as stableSigmoid, softplus as stableSoftplus } from '../scalar';
import type { ActivationName } from '../types';

/**
 * A scalar node of a computation graph (micrograd-style reverse-mode autodiff).
 * Each op computes its output's value and, right beside it, how to push the output's
 * gradient back to its inputs: input.grad += ∂output/∂input · output.grad.
 */
export class Value {
  /** The forward value of this node. */
  data: number = 0;
  /** ∂root/∂this, accumulated by root.backward(). */
  grad: number = 0;
  /** The op that made this node: 'leaf' for parameters, 'constant' for fixed inputs. */
  readonly op: string;
  /** The nodes this one was computed from, in argument order. */
  readonly inputs: readonly Value[];
  /** A readable name for diagrams, such as 'w11' or 'z[0][1]'. */
  label: string;
  /** Local chain rule: adds ∂this/∂input · this.grad to each input's grad. */
  private propagate: () => void = () => {};

  constructor(data: number, inputs: readonly Value[] = [], op = 'leaf', label = '') {
    this.data = data;
    this.inputs = inputs;
    this.op = op;
    this.label = label;
  }

  /** a + b; ∂/∂a = 1, ∂/∂b = 1. */
  add(operand: Value | number): Value {
    const other = toValue(operand);
    const out = new Value(this.data + other.data, [this, other], '+');
    out.propagate = () => {
      this.grad += out.grad;
      other.grad += out.grad;
    };
    return out;
  }

  /** a − b; ∂/∂a = 1, ∂/∂b = −1. */
  sub(operand: Value | number): Value {
    const other = toValue(operand);
    const out = new Value(this.data - other.data, [this, other], '-');
    out.propagate = () => {
      this.grad += out.grad;
      other.grad -= out.grad;
    };
    return out;
  }

  /** a · b; ∂/∂a = b, ∂/∂b = a. */
  mul(operand: Value | number): Value {
    const other = toValue(operand);
    const out = new Value(this.data * other.data, [this, other], '*');
    out.propagate = () => {
      this.grad += other.data * out.grad;
      other.grad += this.data * out.grad;
    };
    return out;
  }

  /** x^k for a constant k; d/dx = k·x^(k−1). */
  pow(exponent: number): Value {
    const out = new Value(this.data ** exponent, [this], `^${exponent}`);
    out.propagate = () => {
      this.grad += exponent * this.data ** (exponent - 1) * out.grad;
    };
    return out;
  }

  /** e^x; d/dx = e^x, the output itself. */
  exp(): Value {
    const out = new Value(Math.exp(this.data), [this], 'exp');
    out.propagate = () => {
      this.grad += out.data * out.grad;
    };
    return out;
  }

  /** ln x; d/dx = 1/x. */
  log(): Value {
    const out = new Value(Math.log(this.data), [this], 'log');
    out.propagate = () => {
      this.grad += out.grad / this.data;
    };
    return out;
  }

  /** g(x) for an activation of ACTIVATION_FUNCTIONS; d/dx = g′(x), from x and the stored output. */
  private activate(name: ActivationName): Value {
    const { forward, derivative } = ACTIVATION_FUNCTIONS[name];
    const out = new Value(forward(this.data), [this], name);
    out.propagate = () => {
      this.grad += derivative(this.data, out.data) * out.grad;
    };
    return out;
  }

  /** tanh x; d/dx = 1 − tanh²x, from the stored output. */
  tanh(): Value {
    return this.activate('tanh');
  }

  /** σ(x) = 1/(1 + e^−x); d/dx = σ(1 − σ), from the stored output. */
  sigmoid(): Value {
    return this.activate('sigmoid');
  }

  /** max(x, 0); d/dx = 1 for x > 0 and 0 for x ≤ 0. */
  relu(): Value {
    return this.activate('relu');
  }

  /** x for x > 0, LEAKY_SLOPE·x otherwise; d/dx = 1 for x > 0 and LEAKY_SLOPE for x ≤ 0. */
  leakyRelu(): Value {
    return this.activate('leakyRelu');
  }

  /** softplus(x) = ln(1 + e^x), computed stably; d/dx = σ(x). */
  softplus(): Value {
    const out = new Value(stableSoftplus(this.data), [this], 'softplus');
    out.propagate = () => {
      this.grad += stableSigmoid(this.data) * out.grad;
    };
    return out;
  }

  /** −x = x·(−1). */
  neg(): Value {
    return this.mul(-1);
  }

  /** x² = x^2. */
  square(): Value {
    return this.pow(2);
  }

  /**
   * Fills `grad` of every node this one depends on with ∂this/∂node. Gradients accumulate
   * (+=), as a node used twice receives both contributions; call it once per freshly built graph.
   */
  backward(): void {
    const order = topologicalOrder(this); // every node after its inputs
    this.grad = 1; // ∂root/∂root
    // users first; 0 ≤ index < order.length
    for (let index = order.length - 1; index >= 0; index--) order[index]!.propagate();
  }

  /** Σ_k v_k as one node with many inputs; ∂/∂v_k = 1 for every k. */
  static sum(values: readonly Value[]): Value {
    const out = new Value(
      values.reduce((total, value) => total + value.data, 0),
      values,
      'sum',
    );
    out.propagate = () => {
      for (const value of values) value.grad += out.grad;
    };
    return out;
  }
}

/** A fixed input (not a parameter); it still receives ∂root/∂itself in `grad`. */
export function constant(data: number, label = ''): Value {
  return new Value(data, [], 'constant', label);
}

/** Σ_k v_k as one node; ∂/∂v_k = 1 for every k. */
export function sum(values: readonly Value[]): Value {
  return Value.sum(values);
}

function toValue(operand: Value | number): Value {
  return operand instanceof Value ? operand : constant(operand);
}

/**
 * The nodes `root` depends on, each after all of its inputs (root last). Iterative depth-first
 * search, so deep graphs cannot overflow the call stack; the Set only marks visited nodes.
 */
export function topologicalOrder(root: Value): Value[] {
  const order: Value[] = [];
  const visited = new Set<Value>([root]);
  const stack: { node: Value; nextInput: number }[] = [{ node: root, nextInput: 0 }];
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    const input = frame.node.inputs[frame.nextInput++];
    if (input === undefined) {
      // every input of frame.node is done
      order.push(frame.node);
      stack.pop();
    } else if (!visited.has(input)) {
      visited.add(input);
      stack.push({ node: input, nextInput: 0 });
    }
  }
  return order;
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Value, constant, sum, topologicalOrder } from '../../../src/core/autodiff/value';
import { LEAKY_SLOPE } from '../../../src/core/scalar';

const STEP = 1e-5;

/** Central difference (f(x + h) − f(x − h)) / 2h. */
function centralDifference(f: (x: number) => number, x: number): number {
  return (f(x + STEP) - f(x - STEP)) / (2 * STEP);
}

function expectClose(actual: number, expected: number, tolerance = 1e-6): void {
  const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * scale);
}

/** d op(x)/dx from the autodiff. */
function autodiffSlope(op: (x: Value) => Value, x: number): number {
  const leaf = new Value(x);
  op(leaf).backward();
  return leaf.grad;
}

const handSigmoid = (x: number) => 1 / (1 + Math.exp(-x));

interface UnaryCase {
  name: string;
  op: (x: Value) => Value;
  value: (x: number) => number;
  slope: (x: number) => number;
  points: number[];
}

// Forward formula and hand derivative of each op, written independently of the implementation.
const unaryCases: UnaryCase[] = [
  { name: 'neg', op: (x) => x.neg(), value: (x) => -x, slope: () => -1, points: [-2, 0.3, 5] },
  {
    name: 'square',
    op: (x) => x.square(),
    value: (x) => x * x,
    slope: (x) => 2 * x,
    points: [-1.5, 0, 2.25],
  },
  {
    name: 'pow 3',
    op: (x) => x.pow(3),
    value: (x) => x * x * x,
    slope: (x) => 3 * x * x,
    points: [-1.2, 0.7, 2],
  },
  {
    name: 'pow −1',
    op: (x) => x.pow(-1),
    value: (x) => 1 / x,
    slope: (x) => -1 / (x * x),
    points: [-3, 0.5, 4],
  },
  { name: 'exp', op: (x) => x.exp(), value: Math.exp, slope: Math.exp, points: [-3, 0, 1.7] },
  { name: 'log', op: (x) => x.log(), value: Math.log, slope: (x) => 1 / x, points: [0.2, 1, 7.5] },
  {
    name: 'tanh',
    op: (x) => x.tanh(),
    value: (x) => (Math.exp(x) - Math.exp(-x)) / (Math.exp(x) + Math.exp(-x)),
    slope: (x) => 1 - Math.tanh(x) ** 2,
    points: [-2, -0.1, 0, 0.8, 3],
  },
  {
    name: 'sigmoid',
    op: (x) => x.sigmoid(),
    value: handSigmoid,
    slope: (x) => handSigmoid(x) * (1 - handSigmoid(x)),
    points: [-4, -0.5, 0, 1.3, 6],
  },
  {
    name: 'relu',
    op: (x) => x.relu(),
    value: (x) => (x > 0 ? x : 0),
    slope: (x) => (x > 0 ? 1 : 0),
    points: [-2, -0.01, 0.01, 3],
  },
  {
    name: 'leakyRelu',
    op: (x) => x.leakyRelu(),
    value: (x) => (x > 0 ? x : LEAKY_SLOPE * x),
    slope: (x) => (x > 0 ? 1 : LEAKY_SLOPE),
    points: [-2, -0.01, 0.01, 3],
  },
  {
    name: 'softplus',
    op: (x) => x.softplus(),
    value: (x) => Math.log(1 + Math.exp(x)),
    slope: handSigmoid,
    points: [-5, -0.3, 0, 0.9, 4],
  },
];

describe('Value unary ops', () => {
  for (const { name, op, value, slope, points } of unaryCases) {
    it(`${name}: value, hand derivative and finite difference agree`, () => {
      for (const x of points) {
        expectClose(op(new Value(x)).data, value(x), 1e-12);
        const analytic = autodiffSlope(op, x);
        expectClose(analytic, slope(x), 1e-12);
        expectClose(
          analytic,
          centralDifference((t) => op(new Value(t)).data, x),
        );
      }
    });
  }

  it('relu has slope 0 at the kink z = 0 and leaky ReLU has LEAKY_SLOPE there', () => {
    expect(autodiffSlope((x) => x.relu(), 0)).toBe(0);
    expect(autodiffSlope((x) => x.leakyRelu(), 0)).toBe(LEAKY_SLOPE);
  });

  it('sigmoid and softplus stay finite at |z| = 1000, with finite slopes', () => {
    for (const z of [-1000, 1000]) {
      for (const op of [(x: Value) => x.sigmoid(), (x: Value) => x.softplus()]) {
        expect(Number.isFinite(op(new Value(z)).data)).toBe(true);
        expect(Number.isFinite(autodiffSlope(op, z))).toBe(true);
      }
    }
    expect(new Value(1000).softplus().data).toBe(1000);
    expect(new Value(-1000).sigmoid().data).toBeGreaterThanOrEqual(0);
    expect(autodiffSlope((x) => x.softplus(), 1000)).toBe(1);
  });
});

describe('Value binary ops and sum', () => {
  const pairs: [number, number][] = [
    [1.5, -2],
    [0, 3],
    [-0.25, 0.75],
  ];

  it('add, mul and sub give ∂/∂a and ∂/∂b by the hand rules', () => {
    for (const [a, b] of pairs) {
      const cases: [(x: Value, y: Value) => Value, number, number, number][] = [
        [(x, y) => x.add(y), a + b, 1, 1],
        [(x, y) => x.mul(y), a * b, b, a],
        [(x, y) => x.sub(y), a - b, 1, -1],
      ];
      for (const [op, value, slopeA, slopeB] of cases) {
        const left = new Value(a);
        const right = new Value(b);
        const out = op(left, right);
        out.backward();
        expect(out.data).toBe(value);
        expect(left.grad).toBe(slopeA);
        expect(right.grad).toBe(slopeB);
        expectClose(
          left.grad,
          centralDifference((t) => op(new Value(t), new Value(b)).data, a),
        );
        expectClose(
          right.grad,
          centralDifference((t) => op(new Value(a), new Value(t)).data, b),
        );
      }
    }
  });

  it('accepts plain numbers as constant operands', () => {
    const x = new Value(3);
    const out = x.mul(4).add(1).sub(2);
    out.backward();
    expect(out.data).toBe(11);
    expect(x.grad).toBe(4);
  });

  it('sum passes its gradient to every input, counting a repeated input twice', () => {
    const x = new Value(2);
    const y = new Value(-1);
    const total = sum([x, y, x, constant(5)]);
    total.mul(3).backward();
    expect(total.data).toBe(2 + -1 + 2 + 5);
    expect(x.grad).toBe(6);
    expect(y.grad).toBe(3);
  });
});

describe('Value.backward', () => {
  it('accumulates along every path: d(x·x)/dx = 2x', () => {
    const x = new Value(-3.5);
    x.mul(x).backward();
    expect(x.grad).toBe(-7);
  });

  it('matches finite differences on random composite expressions', () => {
    // f(x, y) = tanh(x·y + e^(x/4)) · softplus(y) − sigmoid(x)² + x·y·x, a diamond-shaped graph
    const build = (x: Value, y: Value) => {
      const product = x.mul(y);
      return product
        .add(x.mul(0.25).exp())
        .tanh()
        .mul(y.softplus())
        .sub(x.sigmoid().square())
        .add(product.mul(x));
    };
    const inputs = fc.double({ min: -3, max: 3, noNaN: true });
    fc.assert(
      fc.property(inputs, inputs, (a, b) => {
        const x = new Value(a);
        const y = new Value(b);
        build(x, y).backward();
        expectClose(
          x.grad,
          centralDifference((t) => build(new Value(t), new Value(b)).data, a),
        );
        expectClose(
          y.grad,
          centralDifference((t) => build(new Value(a), new Value(t)).data, b),
        );
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('orders nodes after their inputs, each once, with the root last', () => {
    const x = new Value(1);
    const y = x.mul(2);
    const root = y.add(x).mul(y);
    const order = topologicalOrder(root);
    expect(order[order.length - 1]).toBe(root);
    expect(new Set(order).size).toBe(order.length);
    order.forEach((node, index) => {
      for (const input of node.inputs) expect(order.indexOf(input)).toBeLessThan(index);
    });
  });

  it('handles a chain 50,000 nodes deep without overflowing the stack', () => {
    const x = new Value(0.5);
    let node = x;
    for (let index = 0; index < 50_000; index++) node = node.add(1);
    node.backward();
    expect(node.data).toBe(50_000.5);
    expect(x.grad).toBe(1);
  });

  it('sets the root gradient to 1 and leaves constants with their sensitivity', () => {
    const c = constant(4, 'c');
    const x = new Value(2);
    const root = x.mul(c);
    root.backward();
    expect(root.grad).toBe(1);
    expect(c.grad).toBe(2);
    expect(c.op).toBe('constant');
    expect(c.label).toBe('c');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXERCISE_ACTIVATIONS,
  EXERCISE_LOSSES,
  exerciseSpec,
} from '../../../../src/core/exercise/config';
import { LESSON_EXAMPLE_DEFAULT } from '../../../../src/core/exercise/data';
import { ConfigurationError } from '../../../../src/core/errors';
import { backwardSteps } from '../../../../src/labs/computational-graph/model/backward-steps';
import {
  expressionGraph,
  type ExpressionGraph,
  type GraphNode,
} from '../../../../src/core/network/expression-graph';
import { DEFAULT_SEED, initializeParameters } from '../../../../src/core/training/initialization';
import { caseArbitrary } from '../../../core/network/arbitraries';
import { at } from '../../indexing';

/** Each op's forward formula, written here from its definition (not taken from the graph code). */
function applyOp(op: string, inputs: number[]): number {
  const [a = Number.NaN, b = Number.NaN] = inputs; // a missing operand gives NaN, which fails
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case 'sum':
      return inputs.reduce((total, value) => total + value, 0);
    case 'exp':
      return Math.exp(a);
    case 'log':
      return Math.log(a);
    case 'tanh':
      return Math.tanh(a);
    case 'sigmoid':
      return 1 / (1 + Math.exp(-a));
    case 'relu':
      return Math.max(a, 0);
    case 'leakyRelu':
      return a > 0 ? a : 0.01 * a;
    case 'softplus':
      return Math.log1p(Math.exp(a));
    default:
      return a ** Number(op.slice(1)); // '^k'
  }
}

const KINKS = new Set(['relu', 'leakyRelu']);
const relativeGap = (a: number, b: number) =>
  Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));

function lessonGraph(
  activation: (typeof EXERCISE_ACTIVATIONS)[number],
  loss: (typeof EXERCISE_LOSSES)[number],
) {
  const spec = exerciseSpec(activation, loss);
  const parameters = initializeParameters(spec, { scheme: 'uniform', seed: DEFAULT_SEED });
  return expressionGraph(spec, parameters, LESSON_EXAMPLE_DEFAULT);
}

const lessonGraphs = EXERCISE_ACTIVATIONS.flatMap((activation) =>
  EXERCISE_LOSSES.map((loss) => ({
    name: `${activation} + ${loss}`,
    graph: lessonGraph(activation, loss),
  })),
);

describe('backwardSteps on the lesson network', () => {
  it.each(lessonGraphs)(
    'visits every node once from ℓ in reverse topological order ($name)',
    ({ graph }) => {
      const steps = backwardSteps(graph);
      expect(steps.map((step) => step.nodeId)).toEqual(
        graph.nodes.map((node) => node.id).reverse(),
      );
      expect(steps[0]).toEqual({ nodeId: graph.rootId, contributions: [], grad: 1 });
    },
  );

  it.each(lessonGraphs)(
    'sums to the grad expressionGraph computed, for every node ($name)',
    ({ graph }) => {
      for (const step of backwardSteps(graph)) {
        expect(relativeGap(step.grad, at(graph.nodes, step.nodeId).grad)).toBeLessThan(1e-12);
        const total = step.contributions.reduce((sum, term) => sum + term.upstream * term.local, 0);
        if (step.contributions.length > 0) expect(step.grad).toBe(total);
        for (const term of step.contributions) {
          expect(term.upstream).toBeCloseTo(at(graph.nodes, term.userId).grad, 12);
          expect(term.product).toBe(term.upstream * term.local);
        }
      }
    },
  );

  it.each(lessonGraphs)("matches finite differences of each user's op ($name)", ({ graph }) => {
    const h = 1e-6;
    let checked = 0;
    for (const step of backwardSteps(graph)) {
      for (const term of step.contributions) {
        const user = at(graph.nodes, term.userId);
        const inputs = user.inputs.map((id) => at(graph.nodes, id).value);
        expect(relativeGap(applyOp(user.op, inputs), user.value)).toBeLessThan(1e-12);
        const x = at(inputs, term.inputPosition);
        if (KINKS.has(user.op) && Math.abs(x) < 10 * h) continue;
        const moved = (delta: number) =>
          applyOp(
            user.op,
            inputs.map((value, position) =>
              position === term.inputPosition ? value + delta : value,
            ),
          );
        const estimate = (moved(h) - moved(-h)) / (2 * h);
        expect(Math.abs(estimate - term.local)).toBeLessThan(
          1e-6 * Math.max(1, Math.abs(term.local)),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('names the local derivative: ∂z_o/∂a₁ is v₁, ∂ŷ/∂z_o is σ′(z_o), x₁ has two users', () => {
    const graph = lessonGraph('sigmoid', 'halfSquaredError');
    const byLabel = new Map(graph.nodes.map((node) => [node.label, node]));
    const steps = new Map(backwardSteps(graph).map((step) => [step.nodeId, step]));
    const a1 = steps.get(byLabel.get('a₁')!.id)!;
    expect(a1.contributions).toHaveLength(1);
    expect(a1.contributions[0]?.factor).toEqual({ kind: 'input', nodeId: byLabel.get('v₁')!.id });
    expect(a1.contributions[0]?.local).toBe(byLabel.get('v₁')!.value);
    const zOutput = steps.get(byLabel.get('z_o')!.id)!;
    const yHat = byLabel.get('ŷ')!.value;
    expect(zOutput.contributions[0]?.factor).toEqual({
      kind: 'derivative',
      op: 'sigmoid',
      argumentId: byLabel.get('z_o')!.id,
    });
    expect(zOutput.contributions[0]?.local).toBeCloseTo(yHat * (1 - yHat), 15);
    const x1 = steps.get(byLabel.get('x₁')!.id)!;
    expect(x1.contributions.map((term) => at(graph.nodes, term.userId).label).sort()).toEqual([
      'w₁₁·x₁',
      'w₂₁·x₁',
    ]);
    const y = steps.get(byLabel.get('y')!.id)!;
    expect(y.contributions[0]?.local).toBe(-1); // ∂(ŷ − y)/∂y
  });
});

describe('backwardSteps on random networks', () => {
  it('every node’s sum of contributions equals its grad (all activations and losses)', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ spec, parameters, examples }) => {
        const graph = expressionGraph(spec, parameters, at(examples, 0));
        for (const step of backwardSteps(graph)) {
          expect(relativeGap(step.grad, at(graph.nodes, step.nodeId).grad)).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe('backwardSteps edge cases', () => {
  const node = (id: number, op: string, value: number, inputs: number[], grad = 0): GraphNode => ({
    id,
    op,
    label: `n${id}`,
    value,
    grad,
    inputs,
  });

  it('gives a node used twice by one user one term per use: ∂(x·x)/∂x = 2x', () => {
    const graph: ExpressionGraph = {
      nodes: [node(0, 'leaf', 3, []), node(1, '*', 9, [0, 0], 1)],
      rootId: 1,
    };
    const [, x] = backwardSteps(graph);
    expect(x?.contributions.map((term) => term.local)).toEqual([3, 3]);
    expect(x?.grad).toBe(6);
  });

  it('rejects graphs that are not in topological order or have unknown ops', () => {
    const outOfOrder: ExpressionGraph = {
      nodes: [node(0, '*', 1, [1, 1]), node(1, 'leaf', 1, [])],
      rootId: 1,
    };
    expect(() => backwardSteps(outOfOrder)).toThrow(ConfigurationError);
    expect(() => backwardSteps({ nodes: [], rootId: 0 })).toThrow(ConfigurationError);
    const unknown: ExpressionGraph = {
      nodes: [node(0, 'leaf', 1, []), node(1, 'mystery', 1, [0])],
      rootId: 1,
    };
    expect(() => backwardSteps(unknown)).toThrow(ConfigurationError);
  });
});

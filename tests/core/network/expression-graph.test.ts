import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expressionGraph } from '../../../src/core/network/expression-graph';
import type { ExpressionGraph, GraphNode } from '../../../src/core/network/expression-graph';
import { neuronNames, parameterName } from '../../../src/core/network/notation';
import { traceExample } from '../../../src/core/network/trace';
import type { Example, NetworkParameters, NetworkSpec } from '../../../src/core/types';
import { at } from '../indexing';
import { caseArbitrary, shrinkTimeLimit } from './arbitraries';

function byLabel(graph: ExpressionGraph): Map<string, GraphNode> {
  return new Map(graph.nodes.map((node) => [node.label, node]));
}

function expectTopological(graph: ExpressionGraph): void {
  graph.nodes.forEach((node, index) => {
    expect(node.id).toBe(index);
    for (const input of node.inputs) expect(input).toBeLessThan(node.id);
  });
  expect(graph.rootId).toBe(graph.nodes.length - 1);
  const root = graph.nodes[graph.rootId];
  expect(root?.label).toBe('ℓ');
  expect(root?.grad).toBe(1); // ∂ℓ/∂ℓ
}

describe('expressionGraph on the lesson 2–2–1 network', () => {
  const spec: NetworkSpec = {
    inputSize: 2,
    layers: [
      { size: 2, activation: 'tanh' },
      { size: 1, activation: 'sigmoid' },
    ],
    loss: 'halfSquaredError',
  };
  const parameters: NetworkParameters = [
    {
      weights: [
        [0.5, -0.3],
        [0.8, 0.2],
      ],
      biases: [0.1, -0.1],
    },
    { weights: [[0.7, -0.4]], biases: [0.05] },
  ];
  const example: Example = { input: [1.0, 0.5], target: [1] };
  const graph = expressionGraph(spec, parameters, example);
  const trace = traceExample(spec, parameters, example);
  const nodes = byLabel(graph);
  const node = (label: string) => {
    const found = nodes.get(label);
    expect(found, label).toBeDefined();
    return found as GraphNode;
  };

  it('lists nodes in topological order, rooted at ℓ', () => {
    expectTopological(graph);
  });

  it("names the nodes as the lesson does and agrees with the trace's numbers", () => {
    expect(trace.layers).toHaveLength(2);
    const hidden = trace.layers[0]!;
    const output = trace.layers[1]!;
    const sub = (...indices: number[]) => indices.map((index) => '₀₁₂₃₄₅₆₇₈₉'[index]).join('');
    for (const i of [0, 1]) {
      const n = sub(i + 1);
      expect(node(`x${n}`)).toMatchObject({ value: example.input[i], grad: trace.dLossDInput[i] });
      expect(node(`z${n}`)).toMatchObject({ value: hidden.z[i], grad: hidden.dLossDz[i] });
      expect(node(`a${n}`)).toMatchObject({ value: hidden.a[i], grad: hidden.dLossDa[i] });
      expect(node(`b${n}`)).toMatchObject({
        value: parameters[0]?.biases[i],
        grad: hidden.dLossDBiases[i],
      });
      expect(node(`v${n}`)).toMatchObject({
        value: parameters[1]?.weights[0]?.[i],
        grad: output.dLossDWeights[0]?.[i],
      });
      for (const j of [0, 1]) {
        expect(node(`w${n}${sub(j + 1)}`)).toMatchObject({
          value: parameters[0]?.weights[i]?.[j],
          grad: hidden.dLossDWeights[i]?.[j],
        });
      }
    }
    expect(node('c')).toMatchObject({ value: 0.05, grad: output.dLossDBiases[0] });
    expect(node('z_o')).toMatchObject({ value: output.z[0], grad: output.dLossDz[0] });
    expect(node('ŷ')).toMatchObject({ value: trace.prediction[0], grad: output.dLossDa[0] });
    expect(node('y').value).toBe(1);
    expect(node('ℓ').value).toBe(trace.loss);
  });

  it('links each node to the right inputs: a₁ = tanh(z₁), z_o sums v·a and c', () => {
    expect(node('a₁')).toMatchObject({ op: 'tanh', inputs: [node('z₁').id] });
    const zOutputInputs = node('z_o').inputs.map((id) => graph.nodes[id]);
    expect(zOutputInputs.map((input) => input?.label)).toEqual(['v₁·a₁', 'v₂·a₂', 'c']);
    expect(node('w₁₁').op).toBe('leaf');
    expect(node('x₁').op).toBe('constant');
  });

  it('gives every node a distinct, non-empty label', () => {
    expect(graph.nodes.every((n) => n.label.length > 0)).toBe(true);
    expect(nodes.size).toBe(graph.nodes.length);
  });
});

describe('expressionGraph on random networks', () => {
  it('is topological and its parameter nodes, named as the exercise names them, carry the trace gradients', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ spec, parameters, examples }) => {
        const example = at(examples, 0);
        const graph = expressionGraph(spec, parameters, example);
        const trace = traceExample(spec, parameters, example);
        expectTopological(graph);
        // every parameter and pre-activation goes by the exercise's name for it, in any shape
        const nodes = byLabel(graph);
        trace.layers.forEach((layer, l) => {
          layer.dLossDWeights.forEach((row, i) =>
            row.forEach((grad, j) => {
              const name = parameterName(spec, { layer: l, kind: 'weight', row: i, column: j });
              expect(nodes.get(name)?.grad, name).toBe(grad);
            }),
          );
          layer.dLossDBiases.forEach((grad, i) => {
            const name = parameterName(spec, { layer: l, kind: 'bias', row: i, column: 0 });
            expect(nodes.get(name)?.grad, name).toBe(grad);
          });
          layer.z.forEach((value, i) => {
            const name = neuronNames(spec, l, i).z;
            expect(nodes.get(name)?.value, name).toBe(value);
          });
        });
      }),
      { seed: 99, numRuns: 60, plugins: [shrinkTimeLimit()] },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expressionGraph } from '../../../src/core/network/expression-graph';
import type { ExpressionGraph, GraphNode } from '../../../src/core/network/expression-graph';
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
    for (const i of [0, 1]) {
      const n = i + 1;
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
        expect(node(`w${n}${j + 1}`)).toMatchObject({
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

  it('links each node to the right inputs: a1 = tanh(z1), z_o sums v·a and c', () => {
    expect(node('a1')).toMatchObject({ op: 'tanh', inputs: [node('z1').id] });
    const zOutputInputs = node('z_o').inputs.map((id) => graph.nodes[id]);
    expect(zOutputInputs.map((input) => input?.label)).toEqual(['v1·a1', 'v2·a2', 'c']);
    expect(node('w11').op).toBe('leaf');
    expect(node('x1').op).toBe('constant');
  });

  it('gives every node a distinct, non-empty label', () => {
    expect(graph.nodes.every((n) => n.label.length > 0)).toBe(true);
    expect(nodes.size).toBe(graph.nodes.length);
  });
});

describe('expressionGraph on random networks', () => {
  it('is topological and its parameter nodes carry the trace gradients', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ spec, parameters, examples }) => {
        const example = at(examples, 0);
        const graph = expressionGraph(spec, parameters, example);
        const trace = traceExample(spec, parameters, example);
        expectTopological(graph);
        const lesson =
          spec.inputSize === 2 &&
          spec.layers.length === 2 &&
          spec.layers[0]?.size === 2 &&
          spec.layers[1]?.size === 1;
        if (lesson) return; // the lesson's own names are checked above
        const nodes = byLabel(graph);
        trace.layers.forEach((layer, l) => {
          layer.dLossDWeights.forEach((row, i) =>
            row.forEach((grad, j) => expect(nodes.get(`w[${l}][${i}][${j}]`)?.grad).toBe(grad)),
          );
          layer.dLossDBiases.forEach((grad, i) =>
            expect(nodes.get(`b[${l}][${i}]`)?.grad).toBe(grad),
          );
          layer.z.forEach((value, i) => expect(nodes.get(`z[${l}][${i}]`)?.value).toBe(value));
        });
      }),
      { seed: 99, numRuns: 60, plugins: [shrinkTimeLimit()] },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { expressionGraph } from '../../../src/core/network/expression-graph';
import type { ExpressionGraph, GraphNode } from '../../../src/core/network/expression-graph';
import type {
  ActivationName,
  Example,
  NetworkParameters,
  NetworkSpec,
} from '../../../src/core/types';

// Every graph is built inside its test: Stryker activates a mutant only while tests run, so a graph
// built while the file is collected would never see the mutant.

const example: Example = { input: [1.0, 0.5], target: [1] };
const lessonParameters: NetworkParameters = [
  {
    weights: [
      [0.5, -0.3],
      [0.8, 0.2],
    ],
    biases: [0.1, -0.1],
  },
  { weights: [[0.7, -0.4]], biases: [0.05] },
];

function lessonSpec(
  hidden: ActivationName,
  output: ActivationName,
  loss: NetworkSpec['loss'] = 'halfSquaredError',
): NetworkSpec {
  return {
    inputSize: 2,
    layers: [
      { size: 2, activation: hidden },
      { size: 1, activation: output },
    ],
    loss,
  };
}

function labels(graph: ExpressionGraph): string[] {
  return graph.nodes.map((node) => node.label);
}

function find(graph: ExpressionGraph, label: string): GraphNode {
  const matches = graph.nodes.filter((node) => node.label === label);
  expect(matches, label).toHaveLength(1);
  return matches[0]!;
}

const inputLabels = (graph: ExpressionGraph, node: GraphNode) =>
  node.inputs.map((id) => graph.nodes[id]!.label);

describe('expressionGraph labels on the lesson 2–2–1 net', () => {
  it('names inputs, target, parameters and neurons as the lesson does', () => {
    const graph = expressionGraph(lessonSpec('tanh', 'sigmoid'), lessonParameters, example);
    const names = labels(graph);
    for (const name of ['x1', 'x2', 'y', 'w11', 'w12', 'w21', 'w22', 'b1', 'b2', 'v1', 'v2', 'c'])
      expect(names).toContain(name);
    for (const name of ['z1', 'z2', 'a1', 'a2', 'z_o', 'ŷ', 'ℓ']) expect(names).toContain(name);
    // the generic names are replaced, not kept alongside
    expect(names.some((name) => /^[wbxyza]\[/.test(name))).toBe(false);
    // w_ij multiplies input j into hidden neuron i
    expect(find(graph, 'w12').value).toBe(-0.3);
    expect(find(graph, 'w21').value).toBe(0.8);
    expect(find(graph, 'b2').value).toBe(-0.1);
    expect(find(graph, 'v2').value).toBe(-0.4);
    expect(find(graph, 'x2').value).toBe(0.5);
    expect(find(graph, 'y')).toMatchObject({ op: 'constant', value: 1 });
  });

  it('names each computed node from its op and inputs, and links the inputs in order', () => {
    const graph = expressionGraph(lessonSpec('tanh', 'sigmoid'), lessonParameters, example);
    expect(inputLabels(graph, find(graph, 'z1'))).toEqual(['w11·x1', 'w12·x2', 'b1']);
    expect(inputLabels(graph, find(graph, 'z2'))).toEqual(['w21·x1', 'w22·x2', 'b2']);
    expect(find(graph, 'w21·x1')).toMatchObject({ op: '*', value: 0.8 * 1.0 });
    expect(inputLabels(graph, find(graph, 'a2'))).toEqual(['z2']);
    expect(find(graph, 'a2').op).toBe('tanh');
    expect(inputLabels(graph, find(graph, 'z_o'))).toEqual(['v1·a1', 'v2·a2', 'c']);
    expect(inputLabels(graph, find(graph, 'ŷ'))).toEqual(['z_o']);
    // ℓ = ½·Σ (ŷ − y)²
    const difference = find(graph, 'ŷ − y');
    expect(difference.op).toBe('-');
    expect(inputLabels(graph, difference)).toEqual(['ŷ', 'y']);
    expect(find(graph, '(ŷ − y)²').op).toBe('^2');
    expect(find(graph, 'Σ((ŷ − y)²)').op).toBe('sum');
    // an unlabelled constant is named by its value
    expect(find(graph, '0.5')).toMatchObject({ op: 'constant', value: 0.5 });
    expect(inputLabels(graph, find(graph, 'ℓ'))).toEqual(['Σ((ŷ − y)²)', '0.5']);
  });

  it('has exactly the nodes of the lesson graph, each once, in topological order', () => {
    const graph = expressionGraph(lessonSpec('tanh', 'sigmoid'), lessonParameters, example);
    // 12 leaves and constants (x, y, w, b, v, c); hidden layer: 4 products, 2 sums, 2 tanh;
    // output: 2 products, 1 sum, 1 sigmoid; loss: ŷ − y, its square, Σ, the constant ½, the product
    expect(graph.nodes).toHaveLength(12 + 8 + 4 + 5);
    expect(new Set(labels(graph)).size).toBe(graph.nodes.length);
    graph.nodes.forEach((node, id) => {
      expect(node.id).toBe(id);
      for (const input of node.inputs) expect(input).toBeLessThan(id);
    });
    expect(graph.nodes[graph.rootId]!.label).toBe('ℓ');
  });

  it('does not name a linear layer twice: a = z keeps the name z', () => {
    const graph = expressionGraph(lessonSpec('linear', 'linear'), lessonParameters, example);
    const names = labels(graph);
    for (const name of ['z1', 'z2', 'z_o']) expect(names).toContain(name);
    for (const name of ['a1', 'a2', 'ŷ']) expect(names).not.toContain(name);
    expect(inputLabels(graph, find(graph, 'z_o'))).toEqual(['v1·z1', 'v2·z2', 'c']);
    expect(find(graph, 'z_o − y').op).toBe('-');
  });

  it('names the cross-entropy nodes: softplus(z_o) − y·z_o', () => {
    const graph = expressionGraph(
      lessonSpec('relu', 'sigmoid', 'binaryCrossEntropy'),
      lessonParameters,
      example,
    );
    expect(find(graph, 'softplus(z_o)').op).toBe('softplus');
    expect(find(graph, 'y·z_o').op).toBe('*');
    expect(inputLabels(graph, find(graph, 'ℓ'))).toEqual(['softplus(z_o)', 'y·z_o']);
    expect(find(graph, 'a1').op).toBe('relu');
    expect(find(graph, 'w11').op).toBe('leaf');
  });

  it('names leaky ReLU units by their op', () => {
    const graph = expressionGraph(lessonSpec('leakyRelu', 'sigmoid'), lessonParameters, example);
    expect(find(graph, 'a2').op).toBe('leakyRelu');
  });
});

describe('expressionGraph labels on other nets', () => {
  it('keeps the generic names and marks a non-linear output ŷ[k]', () => {
    const spec: NetworkSpec = {
      inputSize: 2,
      layers: [
        { size: 3, activation: 'tanh' },
        { size: 1, activation: 'sigmoid' },
      ],
      loss: 'halfSquaredError',
    };
    const parameters: NetworkParameters = [
      {
        weights: [
          [0.1, 0.2],
          [0.3, 0.4],
          [0.5, 0.6],
        ],
        biases: [0, 0, 0],
      },
      { weights: [[0.1, 0.2, 0.3]], biases: [0] },
    ];
    const graph = expressionGraph(spec, parameters, example);
    const names = labels(graph);
    expect(find(graph, 'w[0][2][1]')).toMatchObject({ op: 'leaf', value: 0.6 });
    expect(find(graph, 'b[1][0]')).toMatchObject({ op: 'leaf', value: 0 });
    expect(find(graph, 'x[1]')).toMatchObject({ op: 'constant', value: 0.5 });
    expect(find(graph, 'y[0]')).toMatchObject({ op: 'constant', value: 1 });
    expect(find(graph, 'a[0][2]').op).toBe('tanh');
    expect(inputLabels(graph, find(graph, 'z[0][1]'))).toEqual([
      'w[0][1][0]·x[0]',
      'w[0][1][1]·x[1]',
      'b[0][1]',
    ]);
    expect(names).not.toContain('w11');
    const output = find(graph, 'ŷ[0]');
    expect(output.op).toBe('sigmoid');
    expect(inputLabels(graph, output)).toEqual(['z[1][0]']);
    expect(find(graph, 'ŷ[0] − y[0]').op).toBe('-');
  });

  it('names softmax cross-entropy nodes, parenthesising a difference and shortening long names', () => {
    const spec: NetworkSpec = {
      inputSize: 2,
      layers: [
        { size: 2, activation: 'sigmoid' },
        { size: 2, activation: 'linear' },
      ],
      loss: 'softmaxCrossEntropy',
    };
    const parameters: NetworkParameters = [
      {
        weights: [
          [0.1, 0.2],
          [0.3, 0.4],
        ],
        biases: [0, 0],
      },
      {
        weights: [
          [0.5, -0.5],
          [-0.2, 0.3],
        ],
        biases: [0.1, 0],
      },
    ];
    const graph = expressionGraph(spec, parameters, { input: [1, 0.5], target: [0, 1] });
    const names = labels(graph);
    // a linear output is its own z: no ŷ[k] on the loss path
    expect(names.some((name) => name.startsWith('ŷ'))).toBe(false);
    expect(find(graph, 'max z').op).toBe('constant');
    expect(find(graph, 'logsumexp(z)').op).toBe('+');
    expect(find(graph, 'exp(z[1][0] − max z)').op).toBe('exp');
    const total = find(graph, 'Σ(exp(z[1][0] − max z), exp(z[1][1] − max z))');
    expect(total.op).toBe('sum');
    // that name is longer than 24 characters, so its user calls it by id
    const log = find(graph, `log(#${total.id})`);
    expect(log.op).toBe('log');
    expect(inputLabels(graph, find(graph, 'logsumexp(z)'))).toEqual([log.label, 'max z']);
    // y_k·(logsumexp(z) − z_k): the difference is grouped as an operand of ·
    const product = find(graph, 'y[1]·(logsumexp(z) − z[1][1])');
    expect(product.op).toBe('*');
    expect(inputLabels(graph, product)).toEqual(['y[1]', 'logsumexp(z) − z[1][1]']);
    expect(names).toContain('y[0]·(logsumexp(z) − z[1][0])');
  });
});

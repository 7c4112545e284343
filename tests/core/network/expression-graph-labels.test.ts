import { describe, expect, it } from 'vitest';
import { expressionGraph } from '../../../src/core/network/expression-graph';
import type { ExpressionGraph, GraphNode } from '../../../src/core/network/expression-graph';
import { parameterName } from '../../../src/core/network/notation';
import { allParameterRefs, parameterValue } from '../../../src/core/network/parameter-ref';
import { initializeParameters } from '../../../src/core/training/initialization';
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
    for (const name of ['x₁', 'x₂', 'y', 'w₁₁', 'w₁₂', 'w₂₁', 'w₂₂', 'b₁', 'b₂', 'v₁', 'v₂', 'c'])
      expect(names).toContain(name);
    for (const name of ['z₁', 'z₂', 'a₁', 'a₂', 'z_o', 'ŷ', 'ℓ']) expect(names).toContain(name);
    // the generic names are replaced, not kept alongside
    expect(names.some((name) => /^[wbxyza]\[/.test(name))).toBe(false);
    // w_ij multiplies input j into hidden neuron i
    expect(find(graph, 'w₁₂').value).toBe(-0.3);
    expect(find(graph, 'w₂₁').value).toBe(0.8);
    expect(find(graph, 'b₂').value).toBe(-0.1);
    expect(find(graph, 'v₂').value).toBe(-0.4);
    expect(find(graph, 'x₂').value).toBe(0.5);
    expect(find(graph, 'y')).toMatchObject({ op: 'constant', value: 1 });
  });

  it('names each computed node from its op and inputs, and links the inputs in order', () => {
    const graph = expressionGraph(lessonSpec('tanh', 'sigmoid'), lessonParameters, example);
    expect(inputLabels(graph, find(graph, 'z₁'))).toEqual(['w₁₁·x₁', 'w₁₂·x₂', 'b₁']);
    expect(inputLabels(graph, find(graph, 'z₂'))).toEqual(['w₂₁·x₁', 'w₂₂·x₂', 'b₂']);
    expect(find(graph, 'w₂₁·x₁')).toMatchObject({ op: '*', value: 0.8 * 1.0 });
    expect(inputLabels(graph, find(graph, 'a₂'))).toEqual(['z₂']);
    expect(find(graph, 'a₂').op).toBe('tanh');
    expect(inputLabels(graph, find(graph, 'z_o'))).toEqual(['v₁·a₁', 'v₂·a₂', 'c']);
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
    for (const name of ['z₁', 'z₂', 'z_o']) expect(names).toContain(name);
    for (const name of ['a₁', 'a₂', 'ŷ']) expect(names).not.toContain(name);
    expect(inputLabels(graph, find(graph, 'z_o'))).toEqual(['v₁·z₁', 'v₂·z₂', 'c']);
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
    expect(find(graph, 'a₁').op).toBe('relu');
    expect(find(graph, 'w₁₁').op).toBe('leaf');
  });

  it('names leaky ReLU units by their op', () => {
    const graph = expressionGraph(lessonSpec('leakyRelu', 'sigmoid'), lessonParameters, example);
    expect(find(graph, 'a₂').op).toBe('leakyRelu');
  });
});

describe('expressionGraph labels on other nets', () => {
  it('names a 2–3–1 cousin of the lesson net as the exercise does: wᵢⱼ, bᵢ, vᵢ, c, z_o, ŷ', () => {
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
    expect(find(graph, 'w₃₂')).toMatchObject({ op: 'leaf', value: 0.6 });
    expect(find(graph, 'v₃')).toMatchObject({ op: 'leaf', value: 0.3 });
    expect(find(graph, 'c')).toMatchObject({ op: 'leaf', value: 0 });
    expect(find(graph, 'x₂')).toMatchObject({ op: 'constant', value: 0.5 });
    expect(find(graph, 'y')).toMatchObject({ op: 'constant', value: 1 });
    expect(find(graph, 'a₃').op).toBe('tanh');
    expect(inputLabels(graph, find(graph, 'z₂'))).toEqual(['w₂₁·x₁', 'w₂₂·x₂', 'b₂']);
    const output = find(graph, 'ŷ');
    expect(output.op).toBe('sigmoid');
    expect(inputLabels(graph, output)).toEqual(['z_o']);
    expect(find(graph, 'ŷ − y').op).toBe('-');
  });

  it('names every parameter of a deeper net by the one notation, with the value it holds', () => {
    const spec: NetworkSpec = {
      inputSize: 2,
      layers: [
        { size: 3, activation: 'relu' },
        { size: 2, activation: 'tanh' },
        { size: 1, activation: 'sigmoid' },
      ],
      loss: 'halfSquaredError',
    };
    const parameters = initializeParameters(spec, { scheme: 'uniform', seed: 7 });
    const graph = expressionGraph(spec, parameters, example);
    for (const ref of allParameterRefs(spec)) {
      const node = find(graph, parameterName(spec, ref));
      expect(node.op).toBe('leaf');
      expect(node.value).toBe(parameterValue(parameters, ref));
    }
    expect(find(graph, 'w⁽²⁾₂₃').value).toBe(parameters[1]?.weights[1]?.[2]);
    expect(find(graph, 'a⁽¹⁾₃').op).toBe('relu');
    expect(find(graph, 'ŷ').op).toBe('sigmoid');
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
    // a linear output is its own z: no ŷₖ on the loss path
    expect(names.some((name) => name.startsWith('ŷ'))).toBe(false);
    expect(find(graph, 'max z').op).toBe('constant');
    expect(find(graph, 'logsumexp(z)').op).toBe('+');
    expect(find(graph, 'exp(z⁽²⁾₁ − max z)').op).toBe('exp');
    const total = find(graph, 'Σ(exp(z⁽²⁾₁ − max z), exp(z⁽²⁾₂ − max z))');
    expect(total.op).toBe('sum');
    // that name is longer than 24 characters, so its user calls it by id
    const log = find(graph, `log(#${total.id})`);
    expect(log.op).toBe('log');
    expect(inputLabels(graph, find(graph, 'logsumexp(z)'))).toEqual([log.label, 'max z']);
    // y_k·(logsumexp(z) − z_k): the difference is grouped as an operand of ·
    const product = find(graph, 'y₂·(logsumexp(z) − z⁽²⁾₂)');
    expect(product.op).toBe('*');
    expect(inputLabels(graph, product)).toEqual(['y₂', 'logsumexp(z) − z⁽²⁾₂']);
    expect(names).toContain('y₁·(logsumexp(z) − z⁽²⁾₁)');
  });
});

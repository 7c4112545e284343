import { topologicalOrder } from '../autodiff/value';
import type { Value } from '../autodiff/value';
import type { Example, NetworkParameters, NetworkSpec } from '../types';
import { buildGraph } from './graph-network';
import type { NetworkGraph } from './graph-network';
import { inputName, neuronNames, parameterName, subscript } from './notation';

/** One node of the computational graph, as plain data. */
export interface GraphNode {
  /** Position in topological order: every input has a smaller id. */
  id: number;
  /** The op that made the node ('leaf' for parameters, 'constant' for x and y). */
  op: string;
  label: string;
  /** Forward value. */
  value: number;
  /** ∂ℓ/∂node. */
  grad: number;
  /** Ids of the nodes this one was computed from. */
  inputs: number[];
}

/** The graph of ℓ for one example, inputs before users; the loss ℓ is the root. */
export interface ExpressionGraph {
  nodes: GraphNode[];
  rootId: number;
}

/**
 * Gives every named node the name the exercise uses for it (notation.ts): inputs xⱼ, targets y,
 * each weight and bias, each neuron's z and a (a only where the activation made a node of its own).
 */
function labelNodes(spec: NetworkSpec, graph: NetworkGraph): void {
  graph.input.forEach((x, j) => (x.label = inputName(j)));
  graph.target.forEach(
    (y, k) => (y.label = graph.target.length === 1 ? 'y' : `y${subscript(k + 1)}`),
  );
  graph.parameters.forEach(({ weights, biases }, layer) => {
    weights.forEach((row, neuron) =>
      row.forEach(
        (w, input) =>
          (w.label = parameterName(spec, { layer, kind: 'weight', row: neuron, column: input })),
      ),
    );
    biases.forEach(
      (b, neuron) =>
        (b.label = parameterName(spec, { layer, kind: 'bias', row: neuron, column: 0 })),
    );
  });
  graph.layers.forEach(({ z, a }, layer) =>
    z.forEach((node, neuron) => {
      const names = neuronNames(spec, layer, neuron);
      node.label = names.z;
      // a linear layer's a is its z: one node, named z
      const activation = a[neuron];
      if (activation !== undefined && activation !== node) activation.label = names.a;
    }),
  );
}

const SUPERSCRIPTS: Record<string, string> = { '^2': '²', '^3': '³', '^-1': '⁻¹' };

/** Parenthesises a sum or difference before it becomes an operand of · or −. */
const group = (name: string): string => (/ [+−] /.test(name) ? `(${name})` : name);

/** A short name for an unlabelled node from its op and its inputs' names (long names become #id). */
function describe(node: Value, names: readonly string[]): string {
  if (node.op === 'constant') return String(node.data);
  // '?' never shows for Value's own ops: '+', '-' and '*' nodes have two inputs (add, sub, mul)
  const [first = '?', second = '?'] = names;
  switch (node.op) {
    case '+':
      return `${first} + ${second}`;
    case '-':
      return `${first} − ${group(second)}`;
    case '*':
      return `${group(first)}·${group(second)}`;
    case 'sum':
      return `Σ(${names.join(', ')})`;
    default:
      if (node.op.startsWith('^')) return `(${first})${SUPERSCRIPTS[node.op] ?? node.op}`;
      return `${node.op}(${names.join(', ')})`;
  }
}

/**
 * The computational graph of ℓ for one example after backward: each node's value and ∂ℓ/∂node,
 * in topological order, for stepping the backward pass node by node. Throws ConfigurationError.
 */
export function expressionGraph(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  example: Example,
): ExpressionGraph {
  const graph = buildGraph(spec, parameters, example);
  labelNodes(spec, graph);
  graph.loss.backward();
  const order = topologicalOrder(graph.loss);
  const ids = new Map<Value, number>(order.map((node, id) => [node, id]));
  const labels: string[] = [];
  const nodes = order.map((node, id): GraphNode => {
    const inputs = node.inputs.map((input) => ids.get(input) as number);
    // every input comes earlier in the order, so its label is already in `labels`
    const names = inputs.map((input) => {
      const name = labels[input];
      return name !== undefined && name.length <= 24 ? name : `#${input}`;
    });
    const label = node.label || describe(node, names);
    labels.push(label);
    return { id, op: node.op, label, value: node.data, grad: node.grad, inputs };
  });
  return { nodes, rootId: nodes.length - 1 };
}

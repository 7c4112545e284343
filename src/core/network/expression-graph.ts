import { topologicalOrder } from '../autodiff/value';
import type { Value } from '../autodiff/value';
import type { Example, NetworkParameters, NetworkSpec } from '../types';
import { buildGraph } from './graph-network';
import type { NetworkGraph } from './graph-network';

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

/** The lesson's 2–2–1 net, whose nodes get the lesson's names (w11, v1, c, z_o, ŷ, …). */
function isLessonShape(spec: NetworkSpec): boolean {
  return (
    spec.inputSize === 2 &&
    spec.layers.length === 2 &&
    spec.layers[0]?.size === 2 &&
    spec.layers[1]?.size === 1
  );
}

function labelLessonNodes(graph: NetworkGraph): void {
  const [hidden, output] = graph.layers;
  const [hiddenParameters, outputParameters] = graph.parameters;
  const [y] = graph.target;
  const [outputWeights] = outputParameters?.weights ?? [];
  const [c] = outputParameters?.biases ?? [];
  const [zOutput] = output?.z ?? [];
  const [yHat] = output?.a ?? [];
  if (!hidden || !hiddenParameters || !y || !outputWeights || !c || !zOutput || !yHat) {
    throw new Error('labelLessonNodes: the graph is not the 2–2–1 lesson net (see isLessonShape)');
  }
  graph.input.forEach((x, j) => (x.label = `x${j + 1}`));
  y.label = 'y';
  hiddenParameters.weights.forEach((row, i) =>
    row.forEach((w, j) => (w.label = `w${i + 1}${j + 1}`)),
  );
  hiddenParameters.biases.forEach((b, i) => (b.label = `b${i + 1}`));
  hidden.z.forEach((z, i) => (z.label = `z${i + 1}`));
  hidden.a.forEach((a, i) => {
    if (a !== hidden.z[i]) a.label = `a${i + 1}`;
  });
  outputWeights.forEach((v, i) => (v.label = `v${i + 1}`));
  c.label = 'c';
  zOutput.label = 'z_o';
  if (yHat !== zOutput) yHat.label = 'ŷ';
}

function labelOutputs(graph: NetworkGraph): void {
  const output = graph.layers.at(-1);
  if (output === undefined) throw new Error('labelOutputs: the graph has no layers');
  output.a.forEach((a, k) => {
    if (a !== output.z[k]) a.label = `ŷ[${k}]`;
  });
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
  if (isLessonShape(spec)) labelLessonNodes(graph);
  else labelOutputs(graph);
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

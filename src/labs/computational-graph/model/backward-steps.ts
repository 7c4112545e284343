import { ConfigurationError } from '../../../core/errors';
import type { ExpressionGraph, GraphNode } from '../../../core/network/expression-graph';
import { localDerivative, type LocalFactor } from './backward-steps-local';
import { checkTopologicalOrder } from './graph-order';

export type { LocalFactor } from './backward-steps-local';

/** One term of the chain rule for a node: ∂ℓ/∂user · ∂user/∂node. */
export interface Contribution {
  /** The node that used this one as an input. */
  userId: number;
  /** Which of the user's inputs this term is for (a node used twice gives two terms). */
  inputPosition: number;
  /** ∂user/∂node, the user's local derivative. */
  local: number;
  /** What the local derivative is: a constant, another input's value, or an op's derivative. */
  factor: LocalFactor;
  /** ∂ℓ/∂user, the gradient arriving from above. */
  upstream: number;
  /** upstream · local. */
  product: number;
}

/** One step of the backward pass: one node's gradient, as the sum of its contributions. */
export interface BackwardStep {
  nodeId: number;
  /** Empty for the root, whose gradient is ∂ℓ/∂ℓ = 1. */
  contributions: Contribution[];
  /** ∂ℓ/∂node = Σ upstream · local (1 for the root). */
  grad: number;
}

/**
 * For each node, the (user, input position) pairs that read it, users in topological order.
 * The nodes have passed checkTopologicalOrder, so every input id is an index of `users`.
 */
function usersOf(nodes: readonly GraphNode[]): { userId: number; inputPosition: number }[][] {
  const users: { userId: number; inputPosition: number }[][] = nodes.map(() => []);
  for (const node of nodes) {
    node.inputs.forEach((inputId, inputPosition) => {
      users[inputId]!.push({ userId: node.id, inputPosition });
    });
  }
  return users;
}

/**
 * The backward pass node by node, in reverse topological order from the root ℓ: for each node,
 * every user's local derivative ∂user/∂node times the user's gradient ∂ℓ/∂user (already known,
 * since users come later in topological order), and their sum, which is ∂ℓ/∂node.
 * The sums are computed here from the local derivatives, independently of the graph's `grad`s.
 */
export function backwardSteps(graph: ExpressionGraph): BackwardStep[] {
  const { nodes, rootId } = graph;
  if (nodes.length === 0 || rootId !== nodes.length - 1) {
    throw new ConfigurationError('graph', 'the root must be the last node');
  }
  checkTopologicalOrder(nodes);
  const users = usersOf(nodes);
  const grads = new Array<number>(nodes.length).fill(0);
  const steps: BackwardStep[] = [];
  // checkTopologicalOrder made every id below (this node's, a user's, an input's) a position in
  // nodes, and users and grads have one entry per node
  for (let id = rootId; id >= 0; id--) {
    if (id === rootId) {
      grads[id] = 1; // ∂ℓ/∂ℓ
      steps.push({ nodeId: id, contributions: [], grad: 1 });
      continue;
    }
    const contributions = users[id]!.map(({ userId, inputPosition }): Contribution => {
      const user = nodes[userId]!;
      const inputValues = user.inputs.map((inputId) => nodes[inputId]!.value);
      const { value: local, factor } = localDerivative(user, inputValues, inputPosition);
      const upstream = grads[userId]!;
      return { userId, inputPosition, local, factor, upstream, product: upstream * local };
    });
    const grad = contributions.reduce((total, term) => total + term.product, 0);
    grads[id] = grad;
    steps.push({ nodeId: id, contributions, grad });
  }
  return steps;
}

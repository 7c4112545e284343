import type { BackwardStep, Contribution } from '../model/backward-steps';
import type { GraphNode } from '../../../core/network/expression-graph';
import type { Language } from '../../../content/ui/messages';
import { formatValue } from '../../../ui/format';

/** A label inside ∂ℓ/∂…: wrapped in parentheses when it is an expression such as w11·x1. */
export function operand(label: string): string {
  return /[\s·+−()Σ²³⁻¹]/.test(label) ? `(${label})` : label;
}

/**
 * The label of node `id` of `nodes`. The ids come from backwardSteps or the nodes' own inputs, so
 * they are positions in `nodes`; a miss means steps and nodes are from different graphs.
 */
export function nodeLabel(nodes: readonly GraphNode[], id: number): string {
  const node = nodes[id];
  if (node === undefined) throw new Error(`the graph has no node ${id}`);
  return node.label;
}

const FUNCTION_NAMES: Record<string, string> = {
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'leakyReLU',
  softplus: 'softplus',
  exp: 'exp',
  log: 'ln',
};

/** How the local derivative ∂user/∂node reads: "v1", "1", "σ′(z_o)", "2·(ŷ − y)". */
export function localName(
  term: Contribution,
  nodes: readonly GraphNode[],
  language: Language,
): string {
  const { factor } = term;
  switch (factor.kind) {
    case 'constant':
      return formatValue(term.local, language)
        .replace(/[,.]0+$/, '')
        .replace('-', '−');
    case 'input':
      return nodeLabel(nodes, factor.nodeId);
    case 'derivative': {
      const argument = nodeLabel(nodes, factor.argumentId);
      if (factor.op.startsWith('^')) {
        const power = Number(factor.op.slice(1));
        const base = operand(argument);
        return power === 2 ? `2·${base}` : `${power}·${base}^${power - 1}`;
      }
      return `${FUNCTION_NAMES[factor.op] ?? factor.op}′(${argument})`;
    }
  }
}

/** The value of a factor in parentheses, unless the factor is already a bare number. */
function localWithValue(
  term: Contribution,
  nodes: readonly GraphNode[],
  language: Language,
): string {
  const name = localName(term, nodes, language);
  return term.factor.kind === 'constant' ? name : `${name} (${formatValue(term.local, language)})`;
}

/**
 * The chain rule of one backward step, symbolic then numeric:
 * ∂ℓ/∂a1 = ∂ℓ/∂z_o · ∂z_o/∂a1 = (−0,0553) · v1 (−0,4535) = 0,0251, with one term per user.
 */
export function stepEquation(
  step: BackwardStep,
  nodes: readonly GraphNode[],
  language: Language,
): string {
  const node = operand(nodeLabel(nodes, step.nodeId));
  const symbolic = step.contributions
    .map((term) => {
      const user = operand(nodeLabel(nodes, term.userId));
      return `∂ℓ/∂${user} · ∂${user}/∂${node}`;
    })
    .join(' + ');
  const numeric = step.contributions
    .map(
      (term) =>
        `(${formatValue(term.upstream, language)}) · ${localWithValue(term, nodes, language)}`,
    )
    .join(' + ');
  return `∂ℓ/∂${node} = ${symbolic} = ${numeric} = ${formatValue(step.grad, language)}`;
}

import { ConfigurationError } from '../../../core/errors';
import type { GraphNode } from '../../../core/network/expression-graph';

/**
 * Throws ConfigurationError unless the nodes are in the order the backward pass and the layout
 * index them by: each node's id is its position, and each of its inputs is an earlier node.
 * After this check, every id and input id is an index of `nodes` and of arrays built in its shape.
 */
export function checkTopologicalOrder(nodes: readonly GraphNode[]): void {
  nodes.forEach((node, index) => {
    if (node.id !== index)
      throw new ConfigurationError('graph', 'node ids must be their positions');
  });
  for (const node of nodes) {
    for (const inputId of node.inputs) {
      if (!Number.isInteger(inputId) || inputId < 0 || inputId >= node.id) {
        throw new ConfigurationError('graph', `node ${node.id} reads node ${inputId} out of order`);
      }
    }
  }
}

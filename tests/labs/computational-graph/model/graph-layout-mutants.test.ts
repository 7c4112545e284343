import { describe, expect, it } from 'vitest';
import {
  GRAPH_GEOMETRY,
  layoutGraph,
} from '../../../../src/labs/computational-graph/model/graph-layout';
import type { ExpressionGraph, GraphNode } from '../../../../src/core/network/expression-graph';

function node(id: number, op: string, inputs: number[] = []): GraphNode {
  return { id, op, label: `n${id}`, value: 0, grad: 0, inputs };
}

describe('layoutGraph details', () => {
  it('draws an empty graph as the two margins alone', () => {
    const { margin } = GRAPH_GEOMETRY;
    expect(layoutGraph({ nodes: [], rootId: 0 })).toEqual({
      nodes: [],
      width: margin + margin,
      height: margin + margin,
    });
  });

  it('reorders leaves so that edges into the next column do not cross', () => {
    // a, b, c, d; p = c + d and q = a + b are made first from the later leaves; ℓ = p · q.
    // In id order (a, b, c, d against p, q) both of p's edges would cross both of q's.
    const graph: ExpressionGraph = {
      nodes: [
        node(0, 'leaf'),
        node(1, 'leaf'),
        node(2, 'leaf'),
        node(3, 'leaf'),
        node(4, '+', [2, 3]),
        node(5, '+', [0, 1]),
        node(6, '*', [4, 5]),
      ],
      rootId: 6,
    };
    const { nodes } = layoutGraph(graph);
    const rowOf = (id: number) => nodes[id].row;
    const edges = graph.nodes.flatMap((user) => user.inputs.map((input) => [input, user.id]));
    for (const [fromA, toA] of edges) {
      for (const [fromB, toB] of edges) {
        if (nodes[fromA].column !== nodes[fromB].column || nodes[toA].column !== nodes[toB].column)
          continue;
        // two edges between the same columns cross when their ends are in opposite orders
        expect((rowOf(fromA) - rowOf(fromB)) * (rowOf(toA) - rowOf(toB))).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

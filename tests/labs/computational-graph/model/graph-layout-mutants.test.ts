import { describe, expect, it } from 'vitest';
import {
  GRAPH_GEOMETRY,
  layoutGraph,
} from '../../../../src/labs/computational-graph/model/graph-layout';
import type { ExpressionGraph, GraphNode } from '../../../../src/core/network/expression-graph';
import { ConfigurationError } from '../../../../src/core/errors';
import { at } from '../../indexing';

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
    const rowOf = (id: number) => at(nodes, id).row;
    const columnOf = (id: number) => at(nodes, id).column;
    const edges = graph.nodes.flatMap((user) =>
      user.inputs.map((input): [number, number] => [input, user.id]),
    );
    for (const [fromA, toA] of edges) {
      for (const [fromB, toB] of edges) {
        if (columnOf(fromA) !== columnOf(fromB) || columnOf(toA) !== columnOf(toB)) continue;
        // two edges between the same columns cross when their ends are in opposite orders
        expect((rowOf(fromA) - rowOf(fromB)) * (rowOf(toA) - rowOf(toB))).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('rejects a graph whose ids are not its positions or whose inputs are not earlier nodes', () => {
    const layout = (nodes: GraphNode[]) => () => layoutGraph({ nodes, rootId: nodes.length - 1 });
    expect(layout([node(0, 'leaf'), node(1, '+', [0, 0])])).not.toThrow();
    expect(layout([node(0, 'leaf'), node(2, '+', [0])])).toThrow(/ids must be their positions/);
    expect(layout([node(0, 'leaf'), node(1, '+', [1])])).toThrow(ConfigurationError);
    expect(layout([node(0, 'leaf'), node(1, '+', [2])])).toThrow(
      /node 1 reads node 2 out of order/,
    );
    expect(layout([node(0, 'leaf'), node(1, '+', [-1])])).toThrow(/reads node -1 out of order/);
    expect(layout([node(0, 'leaf'), node(1, 'leaf'), node(2, '+', [0.5])])).toThrow(
      /reads node 0.5 out of order/,
    );
  });
});

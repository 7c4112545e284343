import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseSpec } from '../../../../src/core/exercise/config';
import { LESSON_EXAMPLE_DEFAULT } from '../../../../src/core/exercise/data';
import {
  GRAPH_GEOMETRY,
  layoutGraph,
  type GraphLayout,
} from '../../../../src/labs/computational-graph/model/graph-layout';
import {
  expressionGraph,
  type ExpressionGraph,
} from '../../../../src/core/network/expression-graph';
import { DEFAULT_SEED, initializeParameters } from '../../../../src/core/training/initialization';
import { caseArbitrary } from '../../../core/network/arbitraries';
import { at } from '../../indexing';

const { boxWidth, boxHeight, opRadius } = GRAPH_GEOMETRY;

function expectDrawable(graph: ExpressionGraph, layout: GraphLayout): void {
  expect(layout.nodes.map((placement) => placement.id)).toEqual(graph.nodes.map((node) => node.id));
  for (const node of graph.nodes) {
    const place = at(layout.nodes, node.id);
    // inside the drawing
    expect(place.x - (place.op ? 2 * opRadius : 0)).toBeGreaterThanOrEqual(0);
    expect(place.y).toBeGreaterThanOrEqual(0);
    expect(place.x + boxWidth).toBeLessThanOrEqual(layout.width);
    expect(place.y + boxHeight).toBeLessThanOrEqual(layout.height);
    // an op circle exactly for computed nodes, left of the box and right of every input's box
    expect(place.op === null).toBe(node.inputs.length === 0);
    for (const input of node.inputs) {
      const from = at(layout.nodes, input);
      expect(from.column).toBeLessThan(place.column);
      expect(from.x + boxWidth).toBeLessThan((place.op?.x ?? 0) - opRadius);
    }
    if (place.op) expect(place.op.x + opRadius).toBeLessThan(place.x);
  }
  // no two boxes overlap: columns are further apart than a box is wide, and within a column
  // neighbouring boxes are at least a box's height apart
  expect(GRAPH_GEOMETRY.columnWidth).toBeGreaterThan(boxWidth + 2 * opRadius);
  const byColumn = new Map<number, number[]>();
  for (const place of layout.nodes)
    byColumn.set(place.column, [...(byColumn.get(place.column) ?? []), place.y]);
  for (const ys of byColumn.values()) {
    ys.sort((a, b) => a - b);
    const gaps = ys.slice(1).map((y, index) => y - at(ys, index));
    expect(Math.min(Infinity, ...gaps)).toBeGreaterThanOrEqual(boxHeight);
  }
  const first = at(layout.nodes, 0);
  for (const place of layout.nodes)
    expect(place.x).toBe(first.x + (place.column - first.column) * GRAPH_GEOMETRY.columnWidth);
}

describe('layoutGraph', () => {
  const spec = exerciseSpec('sigmoid', 'halfSquaredError');
  const parameters = initializeParameters(spec, { scheme: 'uniform', seed: DEFAULT_SEED });
  const graph = expressionGraph(spec, parameters, LESSON_EXAMPLE_DEFAULT);
  const layout = layoutGraph(graph);
  const column = (label: string) =>
    at(layout.nodes, graph.nodes.find((node) => node.label === label)!.id).column;

  it('draws the lesson graph left to right with no overlaps', () => {
    expectDrawable(graph, layout);
  });

  it('puts ℓ alone in the last column and each leaf just before its first user', () => {
    const last = Math.max(...layout.nodes.map((place) => place.column));
    expect(column('ℓ')).toBe(last);
    expect(layout.nodes.filter((place) => place.column === last)).toHaveLength(1);
    expect(column('v₁')).toBe(column('v₁·a₁') - 1);
    expect(column('c')).toBe(column('z_o') - 1);
    expect(column('y')).toBe(column('ŷ − y') - 1);
    expect(column('z₁')).toBe(column('a₁') - 1);
    expect(column('a₁')).toBeLessThan(column('z_o'));
  });

  it('is deterministic', () => {
    expect(layoutGraph(graph)).toEqual(layout);
  });

  it('handles an empty graph and a single node', () => {
    expect(layoutGraph({ nodes: [], rootId: 0 }).nodes).toEqual([]);
    const single = layoutGraph({
      nodes: [{ id: 0, op: 'leaf', label: 'w', value: 1, grad: 1, inputs: [] }],
      rootId: 0,
    });
    const only = at(single.nodes, 0);
    expect(only.column).toBe(0);
    expect(single.width).toBeGreaterThanOrEqual(only.x + boxWidth);
  });

  it('draws random networks left to right with no overlaps', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ spec: randomSpec, parameters: randomParameters, examples }) => {
        const randomGraph = expressionGraph(randomSpec, randomParameters, at(examples, 0));
        expectDrawable(randomGraph, layoutGraph(randomGraph));
      }),
      { numRuns: 25, seed: 11 },
    );
  }, 30_000);
});

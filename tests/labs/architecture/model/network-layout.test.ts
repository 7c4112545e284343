import { describe, expect, it } from 'vitest';
import { initializeParameters } from '../../../../src/core/training/initialization';
import { buildArchitectureSpec } from '../../../../src/labs/architecture/model/architecture';
import {
  COLUMN,
  edgeWidth,
  networkLayout,
  NODE,
} from '../../../../src/labs/architecture/model/network-layout';

describe('networkLayout', () => {
  const spec = buildArchitectureSpec({
    features: ['x1', 'x2', 'x1x2'],
    widths: [4, 2],
    activations: ['tanh', 'tanh'],
  });
  const parameters = initializeParameters(spec, { scheme: 'xavier', seed: 3 });
  const sizes = [3, 4, 2, 1];
  const layout = networkLayout(sizes, parameters);

  it('draws one node per input and neuron and one edge per weight', () => {
    expect(layout.nodes).toHaveLength(3 + 4 + 2 + 1);
    expect(layout.edges).toHaveLength(3 * 4 + 4 * 2 + 2 * 1);
    expect(layout.width).toBe(sizes.length * COLUMN);
  });

  it('joins node j of a column to node i of the next with weight w_ij', () => {
    const edge = layout.edges.find(
      (item) => item.column === 1 && item.from === 3 && item.to === 1,
    )!;
    expect(edge.weight).toBe(parameters[1]!.weights[1]![3]);
    const from = layout.nodes.find((node) => node.column === 1 && node.index === 3)!;
    const to = layout.nodes.find((node) => node.column === 2 && node.index === 1)!;
    expect([edge.x1, edge.y1, edge.x2, edge.y2]).toEqual([
      from.x + NODE / 2,
      from.y,
      to.x - NODE / 2,
      to.y,
    ]);
  });

  it('centres every column on the tallest one', () => {
    const centre = (column: number) => {
      const ys = layout.nodes.filter((node) => node.column === column).map((node) => node.y);
      return (Math.min(...ys) + Math.max(...ys)) / 2;
    };
    expect(centre(0)).toBeCloseTo(layout.height / 2, 10);
    expect(centre(3)).toBeCloseTo(layout.height / 2, 10);
  });
});

describe('edgeWidth', () => {
  it('grows with |w| whatever its sign, up to a widest line', () => {
    expect(edgeWidth(-0.5)).toBe(edgeWidth(0.5));
    expect(edgeWidth(0.2)).toBeLessThan(edgeWidth(1));
    expect(edgeWidth(1)).toBeLessThan(edgeWidth(2.5));
    expect(edgeWidth(10)).toBe(edgeWidth(100));
    expect(edgeWidth(0)).toBeGreaterThan(0);
  });
});

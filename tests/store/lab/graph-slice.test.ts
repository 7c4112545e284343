import { beforeEach, describe, expect, it } from 'vitest';
import { expressionGraph } from '../../../src/core/network/expression-graph';
import {
  LESSON_NETWORK,
  selectGraphRevealed,
  selectGraphView,
  selectLabNetwork,
} from '../../../src/store/lab/graph-slice';
import { resetAppStore, useAppStore } from '../../../src/store/store';

beforeEach(resetAppStore);

const state = () => useAppStore.getState();
const labels = () => selectGraphView(state()).graph.nodes.map((node) => node.label);

describe('graph slice', () => {
  it('starts with every gradient hidden and reveals one node per step from ℓ', () => {
    expect(selectGraphRevealed(state())).toBe(0);
    state().graphNext();
    const { steps, graph } = selectGraphView(state());
    expect(selectGraphRevealed(state())).toBe(1);
    expect(graph.nodes[steps[0].nodeId].label).toBe('ℓ');
    state().graphNext();
    state().graphNext();
    expect(selectGraphRevealed(state())).toBe(3);
    state().graphPrevious();
    expect(selectGraphRevealed(state())).toBe(2);
  });

  it('shows all, never goes past the ends, and resets', () => {
    const total = selectGraphView(state()).steps.length;
    state().graphShowAll();
    expect(selectGraphRevealed(state())).toBe(total);
    state().graphNext();
    expect(selectGraphRevealed(state())).toBe(total);
    state().graphReset();
    expect(selectGraphRevealed(state())).toBe(0);
    state().graphPrevious();
    expect(selectGraphRevealed(state())).toBe(0);
  });

  it('follows the exercise: its parameters, example, activation and loss', () => {
    const { session } = state();
    const before = selectGraphView(state());
    expect(before.graph).toEqual(
      expressionGraph(session.spec, session.parameters, session.examples[0]),
    );
    expect(selectGraphView(state())).toBe(before); // memoised while the session stays

    state().setParameter({ layer: 1, kind: 'weight', row: 0, column: 0 }, 0.45);
    const v1 = selectGraphView(state()).graph.nodes.find((node) => node.label === 'v1')!;
    expect(v1.value).toBe(0.45);

    state().setLessonExample({ input: [0.25, -2], target: [0] });
    const x2 = selectGraphView(state()).graph.nodes.find((node) => node.label === 'x2')!;
    expect(x2.value).toBe(-2);

    state().setActivation('tanh');
    expect(selectGraphView(state()).graph.nodes.some((node) => node.op === 'tanh')).toBe(true);
    state().setLoss('binaryCrossEntropy');
    expect(labels()).toContain('softplus(z_o)');
  });

  it('clamps the revealed count when the graph shrinks', () => {
    state().graphShowAll();
    const squaredTotal = selectGraphView(state()).steps.length;
    state().setLoss('binaryCrossEntropy'); // fewer nodes than ½(ŷ − y)²
    const total = selectGraphView(state()).steps.length;
    expect(total).toBeLessThan(squaredTotal);
    expect(selectGraphRevealed(state())).toBe(total);
    state().graphPrevious();
    expect(selectGraphRevealed(state())).toBe(total - 1);
  });

  it('falls back to the lesson network when there is no session', () => {
    const network = selectLabNetwork({ session: undefined as never });
    expect(network).toBe(LESSON_NETWORK);
    expect(network.example.input).toEqual([1, 0.5]);
  });
});

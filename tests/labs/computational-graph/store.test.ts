import { beforeEach, describe, expect, it } from 'vitest';
import { expressionGraph } from '../../../src/core/network/expression-graph';
import { graphViewOf } from '../../../src/labs/computational-graph/graph-view';
import {
  revealedCount,
  useComputationalGraphStore,
} from '../../../src/labs/computational-graph/store';
import { LESSON_NETWORK, labNetworkOf } from '../../../src/features/exercise/face/exercise-network';
import { resetAppStore, useAppStore } from '../../../src/store/store';
import { at } from '../indexing';
import { resetStore } from '../reset-store';

beforeEach(() => {
  resetAppStore();
  resetStore(useComputationalGraphStore);
});

const exercise = () => useAppStore.getState();
const lab = () => useComputationalGraphStore.getState();
const view = () => graphViewOf(labNetworkOf(exercise().session));
const total = () => view().steps.length;
const shown = () => revealedCount(lab().revealed, total());
const labels = () => view().graph.nodes.map((node) => node.label);

describe('computational graph store', () => {
  it('starts with every gradient hidden and reveals one node per step from ℓ', () => {
    expect(shown()).toBe(0);
    lab().next(total());
    const { steps, graph } = view();
    expect(shown()).toBe(1);
    expect(at(graph.nodes, at(steps, 0).nodeId).label).toBe('ℓ');
    lab().next(total());
    lab().next(total());
    expect(shown()).toBe(3);
    lab().previous(total());
    expect(shown()).toBe(2);
  });

  it('shows all, never goes past the ends, and resets', () => {
    const count = total();
    lab().showAll(total());
    expect(shown()).toBe(count);
    lab().next(total());
    expect(shown()).toBe(count);
    lab().reset();
    expect(shown()).toBe(0);
    lab().previous(total());
    expect(shown()).toBe(0);
  });

  it('follows the exercise: its parameters, example, activation and loss', () => {
    const { session } = exercise();
    const before = view();
    expect(before.graph).toEqual(
      expressionGraph(session.spec, session.parameters, at(session.examples, 0)),
    );
    expect(view()).toBe(before); // memoised while the session stays

    exercise().setParameter({ layer: 1, kind: 'weight', row: 0, column: 0 }, 0.45);
    const v1 = view().graph.nodes.find((node) => node.label === 'v₁')!;
    expect(v1.value).toBe(0.45);

    exercise().setLessonExample({ input: [0.25, -2], target: [0] });
    const x2 = view().graph.nodes.find((node) => node.label === 'x₂')!;
    expect(x2.value).toBe(-2);

    exercise().setActivation('tanh');
    expect(view().graph.nodes.some((node) => node.op === 'tanh')).toBe(true);
    exercise().setLoss('binaryCrossEntropy');
    expect(labels()).toContain('softplus(z_o)');
  });

  it('clamps the revealed count when the graph shrinks', () => {
    lab().showAll(total());
    const squaredTotal = view().steps.length;
    exercise().setLoss('binaryCrossEntropy'); // fewer nodes than ½(ŷ − y)²
    const count = total();
    expect(count).toBeLessThan(squaredTotal);
    expect(shown()).toBe(count);
    lab().previous(total());
    expect(shown()).toBe(count - 1);
  });

  it('falls back to the lesson network when there is no session', () => {
    const network = labNetworkOf(undefined);
    expect(network).toBe(LESSON_NETWORK);
    expect(network.example.input).toEqual([1, 0.5]);
  });
});

import type { StateCreator } from 'zustand';
import { exerciseSpec } from '../../core/exercise/config';
import { LESSON_EXAMPLE_DEFAULT } from '../../core/exercise/data';
import type { ExerciseSession } from '../../core/exercise/session';
import { backwardSteps, type BackwardStep } from '../../core/lab/backward-steps';
import { layoutGraph, type GraphLayout } from '../../core/lab/graph-layout';
import { expressionGraph, type ExpressionGraph } from '../../core/network/expression-graph';
import { DEFAULT_SEED, initializeParameters } from '../../core/training/initialization';
import type { Example, NetworkParameters, NetworkSpec } from '../../core/types';
import type { AppState } from '../store';

/** The network the lab sections look at: the exercise's spec, parameters and current example. */
export interface LabNetwork {
  spec: NetworkSpec;
  parameters: NetworkParameters;
  example: Example;
}

/** The lesson's starting point: sigmoid, ½(y − ŷ)², the default seed's weights, x = (1, 0.5), y = 1. */
export const LESSON_NETWORK: LabNetwork = (() => {
  const spec = exerciseSpec('sigmoid', 'halfSquaredError');
  return {
    spec,
    parameters: initializeParameters(spec, { scheme: 'uniform', seed: DEFAULT_SEED }),
    example: LESSON_EXAMPLE_DEFAULT,
  };
})();

const networks = new WeakMap<ExerciseSession, LabNetwork>();

/**
 * The exercise's network as the backward pass of its current iteration sees it (the parameters
 * from before the update, the current example), or the lesson's start when there is no session.
 */
export function selectLabNetwork(state: Pick<AppState, 'session'>): LabNetwork {
  const session = state.session as ExerciseSession | undefined;
  const example = session?.examples[session.exampleIndex];
  if (!session || !example) return LESSON_NETWORK;
  let network = networks.get(session);
  if (!network) {
    network = { spec: session.spec, parameters: session.parameters, example };
    networks.set(session, network);
  }
  return network;
}

/** The drawn graph: nodes after backward, the backward pass step by step, and the layout. */
export interface GraphView {
  graph: ExpressionGraph;
  steps: BackwardStep[];
  layout: GraphLayout;
}

function viewOf({ spec, parameters, example }: LabNetwork): GraphView {
  const graph = expressionGraph(spec, parameters, example);
  return { graph, steps: backwardSteps(graph), layout: layoutGraph(graph) };
}

const views = new WeakMap<LabNetwork, GraphView>();

/** The graph of the exercise's network (memoised per network, so the same object while it lasts). */
export function selectGraphView(state: Pick<AppState, 'session'>): GraphView {
  const network = selectLabNetwork(state);
  let view = views.get(network);
  if (!view) {
    try {
      view = viewOf(network);
    } catch {
      view = viewOf(LESSON_NETWORK); // a session the graph cannot take: show the lesson's start
    }
    views.set(network, view);
  }
  return view;
}

/** How many backward steps are shown: 0 (every grad hidden) … the node count (all shown). */
export function selectGraphRevealed(state: AppState): number {
  return Math.min(state.graphRevealed, selectGraphView(state).steps.length);
}

export interface GraphSlice {
  /** Backward steps revealed so far; the steps run from ℓ in reverse topological order. */
  graphRevealed: number;
  graphNext: () => void;
  graphPrevious: () => void;
  graphShowAll: () => void;
  graphReset: () => void;
}

export const createGraphSlice: StateCreator<AppState, [], [], GraphSlice> = (set, get) => {
  const total = () => selectGraphView(get()).steps.length;
  return {
    graphRevealed: 0,
    graphNext: () => set({ graphRevealed: Math.min(selectGraphRevealed(get()) + 1, total()) }),
    graphPrevious: () => set({ graphRevealed: Math.max(selectGraphRevealed(get()) - 1, 0) }),
    graphShowAll: () => set({ graphRevealed: total() }),
    graphReset: () => set({ graphRevealed: 0 }),
  };
};

import { expressionGraph, type ExpressionGraph } from '../../core/network/expression-graph';
import { LESSON_NETWORK, type LabNetwork } from '../../features/exercise';
import { backwardSteps, type BackwardStep } from './model/backward-steps';
import { layoutGraph, type GraphLayout } from './model/graph-layout';

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

/** The graph of a network (memoised per network, so the same object while it lasts). */
export function graphViewOf(network: LabNetwork): GraphView {
  let view = views.get(network);
  if (!view) {
    try {
      view = viewOf(network);
    } catch {
      view = viewOf(LESSON_NETWORK); // a network the graph cannot take: show the lesson's start
    }
    views.set(network, view);
  }
  return view;
}

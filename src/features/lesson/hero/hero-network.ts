import type { NetworkTrace } from '../../../core/network/trace';
import { inputName, neuronNames, parameterName } from '../../../core/network/notation';
import type { NetworkParameters, NetworkSpec } from '../../../core/types';

/** The hero figure's drawing box, in px at scale 1. */
export const HERO_BOX = { width: 320, height: 180 } as const;

/** A neuron's circle radius. */
export const NODE_RADIUS = 24;

/** Edge width at w = 0, and its growth per unit of |w|, up to MAX_EDGE_WIDTH. */
const MIN_EDGE_WIDTH = 1;
const EDGE_WIDTH_PER_WEIGHT = 6;
const MAX_EDGE_WIDTH = 9;

/** One circle: an input xⱼ or a neuron's activation, with the value it holds now. */
export interface HeroNode {
  key: string;
  /** x₁, a₂, ŷ: as the lesson names it. */
  name: string;
  /** 0 for the inputs, l + 1 for layer l. */
  column: number;
  value: number;
  x: number;
  y: number;
}

/** One weight as a line from its input to its neuron. */
export interface HeroEdge {
  key: string;
  /** w₁₁, v₂: as the lesson names it. */
  name: string;
  /** The column of the neuron it feeds (1 for the hidden layer), for the forward sweep's order. */
  column: number;
  weight: number;
  /** Line width in px: grows with |w|. */
  width: number;
  negative: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface HeroFigure {
  nodes: HeroNode[];
  edges: HeroEdge[];
  /** ŷ, y and ℓ for the example the network sees now. */
  prediction: number;
  target: number;
  loss: number;
}

/** The line width for a weight: 1 px at w = 0, 6 px more per unit of |w|, at most 9 px. */
export function edgeWidth(weight: number): number {
  if (!Number.isFinite(weight)) return MAX_EDGE_WIDTH;
  return Math.min(MAX_EDGE_WIDTH, MIN_EDGE_WIDTH + EDGE_WIDTH_PER_WEIGHT * Math.abs(weight));
}

/** Centre of node `row` of a column of `size` nodes: columns evenly across, rows evenly down. */
function position(column: number, columns: number, row: number, size: number) {
  const x = 48 + (column * (HERO_BOX.width - 2 * 48 - 16)) / Math.max(1, columns - 1);
  const y = ((row + 1) * HERO_BOX.height) / (size + 1) - 10;
  return { x, y };
}

/**
 * The network as the hero draws it: every input and activation at its place with its value from
 * `trace`, and every weight of `parameters` as a line from its input to its neuron.
 */
export function heroFigure(
  spec: NetworkSpec,
  parameters: NetworkParameters,
  trace: NetworkTrace,
): HeroFigure {
  const columns = spec.layers.length + 1;
  const inputs = trace.input.map((value, row): HeroNode => ({
    key: `x${row}`,
    name: inputName(row),
    column: 0,
    value,
    ...position(0, columns, row, trace.input.length),
  }));
  const layers = trace.layers.map((layer, l) =>
    layer.a.map((value, row): HeroNode => ({
      key: `a${l}-${row}`,
      name: neuronNames(spec, l, row).a,
      column: l + 1,
      value,
      ...position(l + 1, columns, row, layer.a.length),
    })),
  );
  const columnsOfNodes = [inputs, ...layers];
  const edges = parameters.flatMap((layer, l) =>
    layer.weights.flatMap((row, i) =>
      row.flatMap((weight, j): HeroEdge[] => {
        const from = columnsOfNodes[l]?.[j];
        const to = columnsOfNodes[l + 1]?.[i];
        if (!from || !to) return [];
        return [
          {
            key: `w${l}-${i}-${j}`,
            name: parameterName(spec, { layer: l, kind: 'weight', row: i, column: j }),
            column: l + 1,
            weight,
            width: edgeWidth(weight),
            negative: weight < 0,
            x1: from.x + NODE_RADIUS,
            y1: from.y,
            x2: to.x - NODE_RADIUS,
            y2: to.y,
          },
        ];
      }),
    ),
  );
  return {
    nodes: columnsOfNodes.flat(),
    edges,
    prediction: trace.prediction[0] ?? Number.NaN,
    target: trace.target[0] ?? Number.NaN,
    loss: trace.loss,
  };
}

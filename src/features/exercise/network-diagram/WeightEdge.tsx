import type { EdgeLayout } from './geometry';
import { motionTarget } from './motion';
import { PALETTE, weightColor, weightDash, weightStrokeWidth } from './weight-style';

interface WeightEdgeProps {
  edge: EdgeLayout;
  /** The weight drawn: at the update, its new value. */
  value: number;
  /** At the update, the value before it: drawn invisible, for the step's fade from old to new. */
  previous?: number;
  selected: boolean;
  onInspect: () => void;
  onActivate: () => void;
  /** Lit together with its label: hovering or focusing either lights both. */
  highlighted: boolean;
  onHighlight: (on: boolean) => void;
  /** refKey of its weight. */
  parameter: string;
  /** The weight's name and value at full precision, the pointer's tooltip. */
  title: string;
}

/**
 * A weight's line: colour by sign, dashed when negative, width by |w|; at the update, the new
 * weight's (the old one's line, invisible, is there for the step's motion). Hovering or tapping it
 * works like its label and lights both; keyboard users reach the weight through the label, so the
 * line is hidden from assistive technology.
 */
export function WeightEdge(props: WeightEdgeProps) {
  const { edge, value, selected, onInspect, onActivate, highlighted, onHighlight } = props;
  const { from, to } = edge;
  const width = weightStrokeWidth(value);
  const activate = () => {
    onInspect();
    onActivate();
  };
  return (
    <g
      className={`network-diagram__edge${highlighted ? ' network-diagram__edge--highlighted' : ''}`}
      aria-hidden="true"
      data-testid="weight-edge"
      data-parameter={props.parameter}
      data-highlighted={String(highlighted)}
      onMouseEnter={() => {
        onInspect();
        onHighlight(true);
      }}
      onMouseLeave={() => onHighlight(false)}
      onClick={activate}
    >
      <title>{props.title}</title>
      {highlighted && (
        <line
          className="network-diagram__edge-halo"
          x1={from.x}
          y1={from.y}
          x2={to.x}
          y2={to.y}
          stroke={PALETTE.text}
          strokeOpacity={0.22}
          strokeWidth={width + 12}
          strokeLinecap="round"
        />
      )}
      {selected && (
        <line
          x1={from.x}
          y1={from.y}
          x2={to.x}
          y2={to.y}
          stroke={PALETTE.selected}
          strokeOpacity={0.3}
          strokeWidth={width + 10}
          strokeLinecap="round"
        />
      )}
      {props.previous !== undefined && (
        <WeightLine
          edge={edge}
          value={props.previous}
          opacity={0}
          motion={motionTarget.previousEdge(edge.ref)}
        />
      )}
      <WeightLine edge={edge} value={value} motion={motionTarget.edge(edge.ref)} />
      <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke="transparent" strokeWidth={20} />
    </g>
  );
}

interface WeightLineProps {
  edge: EdgeLayout;
  value: number;
  opacity?: number;
  /** Its data-motion name. */
  motion: string;
}

/** The line of weight `value`: colour by sign, dash by sign, width by |w|. */
function WeightLine({ edge: { from, to }, value, opacity, motion }: WeightLineProps) {
  const dash = weightDash(value);
  return (
    <line
      className="network-diagram__edge-line"
      data-motion={motion}
      x1={from.x}
      y1={from.y}
      x2={to.x}
      y2={to.y}
      stroke={weightColor(value)}
      strokeWidth={weightStrokeWidth(value)}
      strokeDasharray={dash}
      strokeLinecap={dash ? 'butt' : 'round'}
      opacity={opacity}
    />
  );
}

import type { EdgeLayout } from './geometry';
import { PALETTE, weightColor, weightDash, weightStrokeWidth } from './weight-style';

interface WeightEdgeProps {
  edge: EdgeLayout;
  value: number;
  selected: boolean;
  onInspect: () => void;
  onActivate: () => void;
}

/**
 * A weight's line: colour by sign, dashed when negative, width by |w|. Hovering or tapping it
 * works like its label; keyboard users reach the weight through the label, so the line is hidden
 * from assistive technology.
 */
export function WeightEdge({ edge, value, selected, onInspect, onActivate }: WeightEdgeProps) {
  const { from, to } = edge;
  const width = weightStrokeWidth(value);
  const dash = weightDash(value);
  const activate = () => {
    onInspect();
    onActivate();
  };
  return (
    <g
      className="network-diagram__edge"
      aria-hidden="true"
      onMouseEnter={onInspect}
      onClick={activate}
    >
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
      <line
        className="network-diagram__edge-line"
        x1={from.x}
        y1={from.y}
        x2={to.x}
        y2={to.y}
        stroke={weightColor(value)}
        strokeWidth={width}
        strokeDasharray={dash}
        strokeLinecap={dash ? 'butt' : 'round'}
      />
      <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke="transparent" strokeWidth={20} />
    </g>
  );
}

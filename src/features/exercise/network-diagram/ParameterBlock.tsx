import { useDiagramFormat } from './diagram-format';
import type { ParameterValues } from './diagram-values';
import { GradientArrow } from './GradientArrow';
import { LINE } from './geometry';
import { PALETTE, weightColor, weightMark } from './weight-style';

interface ParameterBlockProps {
  parameter: string;
  name: string;
  values: ParameterValues;
  showGradients: boolean;
  /** Top-left corner. */
  x: number;
  y: number;
}

const MARK_X = 10;
const TEXT_X = 23;
/** Baseline of the first line below the block's top. */
const FIRST = 15;

/**
 * A parameter's numbers: sign mark and "name = value"; when shown, the gradient arrow and ∂L/∂θ;
 * at the update, "→ new value" (the old value stays on the first line).
 */
export function ParameterBlock({
  parameter,
  name,
  values,
  showGradients,
  x,
  y,
}: ParameterBlockProps) {
  const format = useDiagramFormat();
  const { value, gradient, updated } = values;
  return (
    <g className="network-diagram__parameter-block">
      <circle cx={x + MARK_X} cy={y + FIRST - 5} r={8.5} fill={weightColor(value)} />
      <text
        x={x + MARK_X}
        y={y + FIRST}
        textAnchor="middle"
        fill={PALETTE.background}
        className="network-diagram__mark"
      >
        {weightMark(value)}
      </text>
      <text
        x={x + TEXT_X}
        y={y + FIRST}
        fill={PALETTE.text}
        className="network-diagram__weight-text"
      >
        {name} = {format(value)}
      </text>
      {showGradients && gradient !== undefined && (
        <GradientArrow
          parameter={parameter}
          gradient={gradient}
          x={x + MARK_X}
          y={y + FIRST + LINE * 1.25}
          textX={x + TEXT_X}
          textY={y + FIRST + LINE}
        />
      )}
      {updated !== undefined && (
        <text
          x={x + TEXT_X}
          y={y + FIRST + 2 * LINE}
          fill={PALETTE.text}
          className="network-diagram__weight-text network-diagram__updated"
        >
          → {format(updated)}
        </text>
      )}
    </g>
  );
}

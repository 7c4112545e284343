import { useFormatValue } from '../../../ui/use-number-format';
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

const MARK_X = 9;
const TEXT_X = 21;

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
  const format = useFormatValue();
  const { value, gradient, updated } = values;
  return (
    <g className="network-diagram__parameter-block">
      <circle cx={x + MARK_X} cy={y + 9} r={7.5} fill={weightColor(value)} />
      <text
        x={x + MARK_X}
        y={y + 13}
        textAnchor="middle"
        fill={PALETTE.background}
        className="network-diagram__mark"
      >
        {weightMark(value)}
      </text>
      <text x={x + TEXT_X} y={y + 13} fill={PALETTE.text}>
        {name} = {format(value)}
      </text>
      {showGradients && gradient !== undefined && (
        <GradientArrow
          parameter={parameter}
          gradient={gradient}
          x={x + MARK_X}
          y={y + 13 + LINE * 1.25}
          textX={x + TEXT_X}
          textY={y + 13 + LINE}
        />
      )}
      {updated !== undefined && (
        <text
          x={x + TEXT_X}
          y={y + 13 + 2 * LINE}
          fill={PALETTE.text}
          className="network-diagram__updated"
        >
          → {format(updated)}
        </text>
      )}
    </g>
  );
}

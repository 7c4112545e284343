import type { ParameterRef } from '../../../core/network/parameter-ref';
import type { ParameterValues } from './diagram-values';
import type { ParameterTexts } from './drawn-text';
import { GradientArrow } from './GradientArrow';
import { LINE } from './geometry';
import { motionTarget } from './motion';
import { PALETTE, weightColor, weightMarkPath } from './weight-style';

interface ParameterBlockProps {
  /** The parameter shown. */
  parameterRef: ParameterRef;
  /** refKey of the parameter. */
  parameter: string;
  values: ParameterValues;
  /** Its lines as drawn (parameterTexts): the button's name starts with them. */
  texts: ParameterTexts;
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
 * at the update, "→ new value" (the old value stays on the first line). The mark is drawn, not
 * written, so the block's text is exactly its lines; a space between them keeps them words apart.
 */
export function ParameterBlock({
  parameterRef,
  parameter,
  values,
  texts,
  x,
  y,
}: ParameterBlockProps) {
  const { value, gradient } = values;
  return (
    <g className="network-diagram__parameter-block">
      <circle cx={x + MARK_X} cy={y + FIRST - 5} r={8.5} fill={weightColor(value)} />
      <path
        className="network-diagram__mark"
        d={weightMarkPath(value, x + MARK_X, y + FIRST - 5)}
        fill="none"
        stroke={PALETTE.background}
        strokeWidth={2.2}
        strokeLinecap="round"
      />
      <text
        x={x + TEXT_X}
        y={y + FIRST}
        fill={PALETTE.text}
        className="network-diagram__weight-text"
      >
        {texts.value}
      </text>
      {texts.gradient !== undefined && gradient !== undefined && (
        <>
          {' '}
          <GradientArrow
            parameter={parameter}
            motion={motionTarget.gradient(parameterRef)}
            gradient={gradient}
            text={texts.gradient}
            x={x + MARK_X}
            y={y + FIRST + LINE * 1.25}
            textX={x + TEXT_X}
            textY={y + FIRST + LINE}
          />
        </>
      )}
      {texts.updated !== undefined && (
        <>
          {' '}
          <text
            x={x + TEXT_X}
            y={y + FIRST + 2 * LINE}
            fill={PALETTE.text}
            className="network-diagram__weight-text network-diagram__updated"
            data-motion={motionTarget.updated(parameterRef)}
          >
            {texts.updated}
          </text>
        </>
      )}
    </g>
  );
}

import { useTranslation } from '../../../ui/use-translation';
import { arrowLength, arrowPath, gradientDirection } from './arrows';
import { PALETTE } from './weight-style';

interface GradientArrowProps {
  /** refKey of the parameter, for browser tests to match against the core's trace. */
  parameter: string;
  gradient: number;
  /** ∂L/∂θ as the drawing writes it. */
  text: string;
  /** Its data-motion name: it appears as the backward pulse reaches it. */
  motion: string;
  /** Centre of the arrow glyph. */
  x: number;
  y: number;
  /** Left end of the gradient's value, written beside the arrow. */
  textX: number;
  textY: number;
}

/** Where the update moves a parameter: ↑ when −∂L/∂θ > 0, ↓ when < 0, sized by log|∂L/∂θ|. */
export function GradientArrow(props: GradientArrowProps) {
  const { parameter, gradient, text, x, y, textX, textY } = props;
  const t = useTranslation();
  const direction = gradientDirection(gradient);
  return (
    <g
      data-testid="gradient-arrow"
      data-parameter={parameter}
      data-direction={direction}
      data-gradient={String(gradient)}
      data-motion={props.motion}
      className="network-diagram__arrow"
    >
      <title>{t(`diagram.direction.${direction}`)}</title>
      <path
        d={arrowPath(x, y, direction, arrowLength(gradient))}
        fill="none"
        stroke={PALETTE.gradient}
        strokeWidth={2.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <text
        x={textX}
        y={textY}
        fill={PALETTE.gradient}
        className="network-diagram__weight-text network-diagram__gradient"
      >
        {text}
      </text>
    </g>
  );
}

import { useTranslation } from '../../../ui/use-translation';
import { arrowLength, arrowPath, gradientDirection } from './arrows';
import { useDiagramFormat } from './diagram-format';
import { PALETTE } from './weight-style';

interface GradientArrowProps {
  /** refKey of the parameter, for browser tests to match against the core's trace. */
  parameter: string;
  gradient: number;
  /** Centre of the arrow glyph. */
  x: number;
  y: number;
  /** Left end of the gradient's value, written beside the arrow. */
  textX: number;
  textY: number;
}

/** Where the update moves a parameter: ↑ when −∂L/∂θ > 0, ↓ when < 0, sized by log|∂L/∂θ|. */
export function GradientArrow({ parameter, gradient, x, y, textX, textY }: GradientArrowProps) {
  const format = useDiagramFormat();
  const t = useTranslation();
  const direction = gradientDirection(gradient);
  return (
    <g
      data-testid="gradient-arrow"
      data-parameter={parameter}
      data-direction={direction}
      data-gradient={String(gradient)}
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
        {format(gradient)}
      </text>
    </g>
  );
}

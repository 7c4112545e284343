import type { BarSpan } from './value-bars';
import { PALETTE } from './weight-style';

interface ValueBarProps {
  /** Left end, top and length of the track. */
  x: number;
  y: number;
  width: number;
  span: BarSpan;
  /** Where 0 falls on the track, as a share of its length: marked when inside it. */
  zero: number;
  kind: 'activation' | 'loss';
  /** refKey-like name of what it shows, for browser tests ("n-0-1", "loss"). */
  name: string;
}

export const BAR_HEIGHT = 7;

/** A small horizontal bar: a value on its range, drawn from 0. Decoration: the numbers are in text. */
export function ValueBar({ x, y, width, span, zero, kind, name }: ValueBarProps) {
  const fill = kind === 'loss' ? PALETTE.negative : PALETTE.phase;
  return (
    <g
      className={`network-diagram__bar network-diagram__bar--${kind}`}
      data-testid={`${kind}-bar`}
      data-name={name}
      aria-hidden="true"
    >
      <rect
        className="network-diagram__bar-track"
        x={x}
        y={y}
        width={width}
        height={BAR_HEIGHT}
        rx={BAR_HEIGHT / 2}
        fill={PALETTE.muted}
        fillOpacity={0.25}
      />
      <rect
        className="network-diagram__bar-fill"
        x={x + span.start * width}
        y={y}
        width={(span.end - span.start) * width}
        height={BAR_HEIGHT}
        rx={2}
        fill={fill}
      />
      {zero > 0 && zero < 1 && (
        <line
          x1={x + zero * width}
          x2={x + zero * width}
          y1={y - 2}
          y2={y + BAR_HEIGHT + 2}
          stroke={PALETTE.text}
          strokeWidth={1.5}
        />
      )}
    </g>
  );
}

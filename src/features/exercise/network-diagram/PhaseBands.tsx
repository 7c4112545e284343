import type { Phase } from '../../../core/exercise/phases';
import type { NetworkSpec } from '../../../core/types';
import { useTranslation } from '../../../ui/use-translation';
import { LINE, type ColumnLayout } from './geometry';
import { columnTitle, litColumns } from './item-labels';
import { PALETTE } from './weight-style';

interface PhaseBandsProps {
  spec: NetworkSpec;
  phase: Phase;
  columns: ColumnLayout[];
}

/** Column captions, with the part of the network the current phase computes lit up and named. */
export function PhaseBands({ spec, phase, columns }: PhaseBandsProps) {
  const t = useTranslation();
  const lit = litColumns(phase, spec.layers.length);
  const phaseName = t(`diagram.phase.${phase.kind}`);
  return (
    <g className="network-diagram__phases">
      {columns.map(({ column, band, caption, captionAnchor }) => {
        const isLit = lit.includes(column);
        const title = columnTitle(spec, column, t);
        // left to right, the phase goes under the column's title; top to bottom, after it
        const stacked = captionAnchor === 'middle';
        return (
          <g
            key={column}
            className={
              isLit ? 'network-diagram__band network-diagram__band--lit' : 'network-diagram__band'
            }
          >
            {isLit && (
              <rect
                data-testid="phase-band"
                x={band.x}
                y={band.y}
                width={band.width}
                height={band.height}
                rx={12}
                fill={PALETTE.phaseFill}
                stroke={PALETTE.phase}
                strokeWidth={2}
              />
            )}
            <text
              x={caption.x}
              y={caption.y}
              textAnchor={captionAnchor}
              fill={isLit ? PALETTE.phase : PALETTE.muted}
              className="network-diagram__caption"
            >
              {title}
              {isLit && stacked && (
                <tspan x={caption.x} dy={LINE}>
                  {phaseName}
                </tspan>
              )}
              {isLit && !stacked && ` · ${phaseName}`}
            </text>
          </g>
        );
      })}
    </g>
  );
}

import { useTranslation } from '../../../ui/use-translation';
import { PALETTE } from './weight-style';

function Swatch({ color, dash, width = 3 }: { color: string; dash?: string; width?: number }) {
  return (
    <svg className="network-diagram__swatch" viewBox="0 0 36 12" aria-hidden="true">
      <line
        x1={2}
        y1={6}
        x2={34}
        y2={6}
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dash}
      />
    </svg>
  );
}

/** What colour, dash, thickness, arrows, grey cards, the yellow band, the bars and the figures mean. */
export function DiagramLegend({ showGradients }: { showGradients: boolean }) {
  const t = useTranslation();
  return (
    <ul className="network-diagram__legend" aria-label={t('diagram.legend')}>
      <li>
        <Swatch color={PALETTE.positive} /> {t('diagram.legend.positive')}
      </li>
      <li>
        <Swatch color={PALETTE.negative} dash="9 5" /> {t('diagram.legend.negative')}
      </li>
      <li>
        <Swatch color={PALETTE.muted} width={6} /> {t('diagram.legend.width')}
      </li>
      {showGradients && <li>{t('diagram.legend.arrow')}</li>}
      <li>
        <Swatch color={PALETTE.dead} dash="6 4" /> {t('diagram.legend.dead')}
      </li>
      <li>
        <svg className="network-diagram__swatch" viewBox="0 0 36 12" aria-hidden="true">
          <rect
            x={1}
            y={1}
            width={34}
            height={10}
            rx={3}
            fill={PALETTE.phaseFill}
            stroke={PALETTE.phase}
          />
        </svg>{' '}
        {t('diagram.legend.phase')}
      </li>
      <li>
        <svg className="network-diagram__swatch" viewBox="0 0 36 12" aria-hidden="true">
          <rect
            x={1}
            y={3}
            width={34}
            height={7}
            rx={3.5}
            fill={PALETTE.muted}
            fillOpacity={0.25}
          />
          <rect x={1} y={3} width={22} height={7} rx={2} fill={PALETTE.phase} />
        </svg>{' '}
        {t('diagram.legend.bars')}
      </li>
      <li>{t('diagram.legend.figures')}</li>
    </ul>
  );
}

import { useFeatureTranslation } from '../../../ui/use-translation';
import { CLASS_COLOURS } from './heatmap-draw';
import { architectureMessages } from '../messages';

/** One legend marker, drawn as the canvas draws it. */
function Marker({ label, test }: { label: 0 | 1; test: boolean }) {
  const colour = CLASS_COLOURS[label];
  const fill = test ? '#ffffff' : colour;
  const stroke = test ? colour : '#1f2937';
  const strokeWidth = test ? 2.5 : 1.25;
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {label === 1 ? (
        <rect
          x="3.5"
          y="3.5"
          width="9"
          height="9"
          fill={fill}
          stroke={stroke}
          strokeWidth={strokeWidth}
        />
      ) : (
        <circle cx="8" cy="8" r="4.5" fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
      )}
    </svg>
  );
}

/** What the shapes, the line and the colours of the map mean. */
export function HeatmapLegend() {
  const t = useFeatureTranslation(architectureMessages);
  return (
    <ul className="architecture-legend" aria-label={t('lab.architecture.legend')}>
      <li>
        <Marker label={0} test={false} /> {t('lab.architecture.legend.trainZero')}
      </li>
      <li>
        <Marker label={1} test={false} /> {t('lab.architecture.legend.trainOne')}
      </li>
      <li>
        <Marker label={0} test /> {t('lab.architecture.legend.testZero')}
      </li>
      <li>
        <Marker label={1} test /> {t('lab.architecture.legend.testOne')}
      </li>
      <li>
        <svg width="24" height="16" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
          <line x1="2" y1="8" x2="22" y2="8" stroke="#111827" strokeWidth="2.5" />
        </svg>{' '}
        {t('lab.architecture.legend.boundary')}
      </li>
      <li className="architecture-scale">
        <span>{t('lab.architecture.legend.scaleZero')}</span>
        {/* the palette of architecture-palette.ts, repeated in architecture.css */}
        <span className="architecture-scale-bar" aria-hidden="true" />
        <span>{t('lab.architecture.legend.scaleOne')}</span>
      </li>
    </ul>
  );
}

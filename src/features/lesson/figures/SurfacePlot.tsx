import { contours } from 'd3-contour';
import { useId, useMemo } from 'react';
import {
  contourLevels,
  SURFACE,
  SURFACE_DOMAIN,
  surfaceGrid,
  type PathPoint,
} from '../../../core/figures/loss-surface';
import { formatFixed } from '../../../ui/format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import {
  contourPath,
  levelFill,
  PLOT,
  toPlot,
  VIEW_HEIGHT,
  VIEW_WIDTH,
} from '../../../ui/surface-geometry';

const GRID_SIZE = 80;
const LEVELS = contourLevels(0.05, 12);

interface SurfacePlotProps {
  /** The descent path so far: the start, then one point per step taken. */
  path: readonly PathPoint[];
  /** Where the next step lands, drawn dashed; null at the end of the path. */
  next: PathPoint | null;
}

/** The contour map of J(w₁, w₂) with the path so far, the ball and the step to come. */
export function SurfacePlot({ path, next }: SurfacePlotProps) {
  const t = useTranslation();
  const language = useLanguage();
  const clipId = useId();
  const bands = useMemo(() => {
    const grid = surfaceGrid(GRID_SIZE);
    return contours()
      .size([GRID_SIZE, GRID_SIZE])
      .thresholds(LEVELS)(grid)
      .map((band, index) => ({
        d: contourPath(band.coordinates, GRID_SIZE),
        fill: levelFill(index, LEVELS.length),
      }));
  }, []);
  const points = path.map(toPlot);
  const ball = points.at(-1);
  const nextPoint = next ? toPlot(next) : null;
  const minimum = toPlot(SURFACE.minimum);
  const low = toPlot({ w1: SURFACE_DOMAIN.min, w2: SURFACE_DOMAIN.min });
  const high = toPlot({ w1: SURFACE_DOMAIN.max, w2: SURFACE_DOMAIN.max });
  const tick = (value: number) => formatFixed(value, language, 0);

  return (
    <svg
      className="surface-plot"
      viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
      role="img"
      aria-label={t('surface.image')}
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={PLOT.left} y={PLOT.top} width={PLOT.size} height={PLOT.size} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {bands.map((band, index) => (
          <path key={index} className="surface-band" d={band.d} style={{ fill: band.fill }} />
        ))}
        <path
          className="surface-minimum"
          d={`M${minimum.x - 6},${minimum.y}h12M${minimum.x},${minimum.y - 6}v12`}
        />
        {points.length > 1 && (
          <polyline
            className="surface-path"
            points={points.map(({ x, y }) => `${x},${y}`).join(' ')}
          />
        )}
        {points.slice(0, -1).map(({ x, y }, index) => (
          <circle key={index} className="surface-step" cx={x} cy={y} r={2.5} />
        ))}
        {ball && nextPoint && (
          <line
            className="surface-next"
            x1={ball.x}
            y1={ball.y}
            x2={nextPoint.x}
            y2={nextPoint.y}
          />
        )}
        {ball && (
          <g className="surface-ball" style={{ transform: `translate(${ball.x}px, ${ball.y}px)` }}>
            <circle r={7} />
          </g>
        )}
      </g>
      <text className="surface-label" x={minimum.x + 8} y={minimum.y - 8}>
        {t('surface.minimum')}
      </text>
      <rect
        className="surface-frame"
        x={PLOT.left}
        y={PLOT.top}
        width={PLOT.size}
        height={PLOT.size}
      />
      <g className="surface-axes" aria-hidden="true">
        <text x={low.x} y={low.y + 16} textAnchor="middle">
          {tick(SURFACE_DOMAIN.min)}
        </text>
        <text x={high.x} y={low.y + 16} textAnchor="middle">
          {tick(SURFACE_DOMAIN.max)}
        </text>
        <text x={(low.x + high.x) / 2} y={low.y + 32} textAnchor="middle">
          {t('surface.axis.w1')}
        </text>
        <text x={low.x - 6} y={low.y + 4} textAnchor="end">
          {tick(SURFACE_DOMAIN.min)}
        </text>
        <text x={low.x - 6} y={high.y + 10} textAnchor="end">
          {tick(SURFACE_DOMAIN.max)}
        </text>
        <text x={low.x - 24} y={(low.y + high.y) / 2} textAnchor="middle">
          {t('surface.axis.w2')}
        </text>
      </g>
    </svg>
  );
}

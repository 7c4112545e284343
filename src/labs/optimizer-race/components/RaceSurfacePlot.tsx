import { contours } from 'd3-contour';
import { useId, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import type { RacePoint } from '../model/optimizer-paths';
import { RACE_STEPS } from '../model/optimizer-race';
import { RACE_DOMAIN, RACE_MINIMUM, raceGrid } from '../model/race-surface';
import { contourLevels } from '../../../core/figures/loss-surface';
import { OPTIMIZERS } from '../../../core/training/optimizers';
import { levelFill } from '../../../ui/surface-geometry';
import { formatFixed } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import {
  contourPath,
  fromPlot,
  insidePlot,
  PLOT,
  toPlot,
  VIEW_HEIGHT,
  VIEW_WIDTH,
} from './race-geometry';
import { markerPath, RACE_SERIES } from './race-series';
import { useOptimizerRaceStore } from '../store';
import { optimizerRaceMessages } from '../messages';
import { labelBox, placeLabels } from './race-label-layout';

const GRID_SIZE = 80;
/** Levels doubling from 0.05: even spacing in log J shows the valley floor and the walls alike. */
const LEVELS = contourLevels(0.05, 13);
/** How far one arrow press moves the start; Shift moves five times as far. */
const KEY_STEP = 0.1;
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** The contour map of the race surface with the start marker and the four paths up to `step`. */
export function RaceSurfacePlot({ hintId }: { hintId: string }) {
  const t = useFeatureTranslation(optimizerRaceMessages);
  const language = useLanguage();
  const titleId = useId();
  const clipId = useId();
  const paths = useOptimizerRaceStore((state) => state.paths);
  const step = useOptimizerRaceStore((state) => state.step);
  const start = useOptimizerRaceStore((state) => state.start);
  const setStart = useOptimizerRaceStore((state) => state.setStart);
  const moveStart = useOptimizerRaceStore((state) => state.moveStart);
  const run = useOptimizerRaceStore((state) => state.run);
  const bands = useMemo(() => {
    const grid = raceGrid(GRID_SIZE);
    return contours()
      .size([GRID_SIZE, GRID_SIZE])
      .thresholds(LEVELS)(grid)
      .map((band, index) => ({
        d: contourPath(band.coordinates, GRID_SIZE),
        fill: levelFill(index, LEVELS.length),
      }));
  }, []);
  const fixed = (value: number) => formatFixed(value, language, 2);
  const startPoint = toPlot(start);
  const minimum = toPlot(RACE_MINIMUM);
  const low = toPlot({ w1: RACE_DOMAIN.w1.min, w2: RACE_DOMAIN.w2.min });
  const high = toPlot({ w1: RACE_DOMAIN.w1.max, w2: RACE_DOMAIN.w2.max });
  const tick = (value: number) => formatFixed(value, language, 0);

  const pick = (event: MouseEvent<SVGSVGElement>) => {
    const matrix = event.currentTarget.getScreenCTM?.();
    if (!matrix) return;
    const local = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    if (insidePlot(local.x, local.y)) setStart(fromPlot(local.x, local.y));
  };
  const keys = (event: KeyboardEvent<SVGGElement>) => {
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const size = event.shiftKey ? 5 * KEY_STEP : KEY_STEP;
      moveStart(arrow[0] * size, arrow[1] * size);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      run();
    }
  };

  return (
    <svg
      className="race-surface"
      viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
      role="group"
      aria-labelledby={titleId}
      onClick={pick}
    >
      <title id={titleId}>
        {t('lab.optimizerRace.surfaceImage', {
          m1: tick(RACE_MINIMUM.w1),
          m2: tick(RACE_MINIMUM.w2),
        })}
      </title>
      <defs>
        <clipPath id={clipId}>
          <rect x={PLOT.left} y={PLOT.top} width={PLOT.size} height={PLOT.size} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`} aria-hidden="true">
        {bands.map((band, index) => (
          <path key={index} className="race-band" d={band.d} fill={band.fill} />
        ))}
        <path
          className="race-minimum"
          d={`M${minimum.x - 7},${minimum.y}h14M${minimum.x},${minimum.y - 7}v14`}
        />
        {paths &&
          OPTIMIZERS.map((name) => (
            <RacePath key={name} name={name} path={paths[name]} step={step} />
          ))}
      </g>
      {/* names outside the clip: a label may reach into the margin beside the plot */}
      {paths && step > 0 && (
        <PathLabels
          heads={OPTIMIZERS.map(
            // a path always holds its start, so its index min(step, length − 1) ≥ 0 exists
            (name) => paths[name][Math.min(step, paths[name].length - 1)]!,
          )}
          labels={OPTIMIZERS.map((name) => t(`lab.optimizerRace.name.${name}`))}
          minimum={{ x: minimum.x, y: minimum.y + 22, text: t('lab.optimizerRace.minimum') }}
        />
      )}
      <text
        className="race-label"
        x={minimum.x}
        y={minimum.y + 22}
        textAnchor="middle"
        aria-hidden="true"
      >
        {t('lab.optimizerRace.minimum')}
      </text>
      <rect
        className="race-frame"
        x={PLOT.left}
        y={PLOT.top}
        width={PLOT.size}
        height={PLOT.size}
      />
      <g className="race-axes" aria-hidden="true">
        <text x={low.x} y={low.y + 16} textAnchor="middle">
          {tick(RACE_DOMAIN.w1.min)}
        </text>
        <text x={high.x} y={low.y + 16} textAnchor="middle">
          {tick(RACE_DOMAIN.w1.max)}
        </text>
        <text x={(low.x + high.x) / 2} y={low.y + 32} textAnchor="middle">
          {t('lab.optimizerRace.axisW1')}
        </text>
        <text x={low.x - 6} y={low.y + 4} textAnchor="end">
          {tick(RACE_DOMAIN.w2.min)}
        </text>
        <text x={low.x - 6} y={high.y + 10} textAnchor="end">
          {tick(RACE_DOMAIN.w2.max)}
        </text>
        <text x={low.x - 24} y={(low.y + high.y) / 2} textAnchor="middle">
          {t('lab.optimizerRace.axisW2')}
        </text>
      </g>
      <g
        className="race-start"
        tabIndex={0}
        role="button"
        aria-roledescription={t('lab.optimizerRace.startRole')}
        aria-label={t('lab.optimizerRace.startMarker', {
          w1: fixed(start.w1),
          w2: fixed(start.w2),
        })}
        aria-describedby={hintId}
        onKeyDown={keys}
        onClick={(event) => event.stopPropagation()}
      >
        <path d={markerPath('diamond', startPoint.x, startPoint.y, 8)} />
      </g>
    </svg>
  );
}

/** The corner each name prefers around its path's head, so that labels of close heads part. */
const LABEL_SIDES: Record<keyof typeof RACE_SERIES, { dx: -1 | 1; dy: -1 | 1 }> = {
  sgd: { dx: -1, dy: 1 },
  momentum: { dx: 1, dy: -1 },
  rmsprop: { dx: -1, dy: -1 },
  adam: { dx: 1, dy: 1 },
};

interface RacePathProps {
  name: keyof typeof RACE_SERIES;
  path: readonly RacePoint[];
  step: number;
}

/** One optimizer's path up to `step`: its dash pattern, a marker every 25 steps and at its head. */
function RacePath({ name, path, step }: RacePathProps) {
  const style = RACE_SERIES[name];
  const shown = path.slice(0, Math.min(step, path.length - 1) + 1).map(toPlot);
  const head = shown.at(-1)!;
  const stride = Math.max(1, Math.round(RACE_STEPS / 8));
  return (
    <g className="race-path" data-optimizer={name} style={{ color: style.color }}>
      {shown.length > 1 && (
        <polyline
          points={shown.map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}
          strokeDasharray={style.dash || undefined}
        />
      )}
      {shown.map((point, index) =>
        index > 0 && index % stride === 0 ? (
          <path
            key={index}
            className="race-mark"
            d={markerPath(style.marker, point.x, point.y, 3)}
          />
        ) : null,
      )}
      {shown.length > 1 && (
        <path className="race-head" d={markerPath(style.marker, head.x, head.y, 5)} />
      )}
    </g>
  );
}

interface PathLabelsProps {
  /** Each optimizer's head, in OPTIMIZERS order. */
  heads: readonly RacePoint[];
  labels: readonly string[];
  /** The minimum's own label (centred at x, baseline y), which no name may cover. */
  minimum: { x: number; y: number; text: string };
}

/** The optimizers' names beside their heads (kept beside the plot when a head left it), never overlapping. */
function PathLabels({ heads, labels, minimum }: PathLabelsProps) {
  const placed = placeLabels(
    OPTIMIZERS.map((name, index) => {
      const point = toPlot(heads[index]!);
      return {
        head: {
          x: Math.min(PLOT.left + PLOT.size, Math.max(PLOT.left, point.x)),
          y: Math.min(PLOT.top + PLOT.size, Math.max(PLOT.top + 12, point.y)),
        },
        text: labels[index]!,
        prefer: LABEL_SIDES[name],
      };
    }),
    [labelBox(minimum.x, minimum.y, 'middle', minimum.text.length)],
  );
  return (
    <g aria-hidden="true">
      {OPTIMIZERS.map((name, index) => (
        <text
          key={name}
          className="race-name"
          data-optimizer={name}
          style={{ color: RACE_SERIES[name].color }}
          x={placed[index]!.x}
          y={placed[index]!.y}
          textAnchor={placed[index]!.anchor}
        >
          {labels[index]}
        </text>
      ))}
    </g>
  );
}

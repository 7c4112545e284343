import { useEffect, useRef } from 'react';
import { GRID_RESOLUTION } from '../../../core/lab/architecture-run';
import { architectureRun } from '../../../store/lab/architecture-slice';
import { useAppStore, type AppState } from '../../../store/store';
import { formatFixed } from '../../ui/format';
import { useLanguage, useTranslation } from '../../ui/use-translation';
import { createHeatmapSurface, drawHeatmap } from './heatmap-draw';

/** Pixels per side of the drawn canvas (CSS scales it down on narrow screens). */
const CANVAS_SIZE = 400;

/**
 * The decision map: redrawn straight from the store's subscription whenever the statistics
 * change (once per animation frame while training), without re-rendering React.
 */
export function Heatmap() {
  const t = useTranslation();
  const language = useLanguage();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const bounds = useAppStore((state) =>
    state.architectureStats ? architectureRun(state).bounds : null,
  );

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const surface = createHeatmapSurface(canvas, GRID_RESOLUTION);
    if (!surface) return;
    const draw = (state: AppState) => {
      if (state.architectureStats) drawHeatmap(surface, architectureRun(state));
    };
    draw(useAppStore.getState());
    return useAppStore.subscribe((state, previous) => {
      if (state.architectureStats !== previous.architectureStats) draw(state);
    });
  }, []);

  const number = (value: number) => formatFixed(value, language, 2);
  return (
    <figure className="architecture-figure">
      <canvas
        ref={canvasRef}
        className="architecture-heatmap"
        width={CANVAS_SIZE}
        height={CANVAS_SIZE}
        role="img"
        aria-label={t('lab.architecture.heatmap')}
        data-testid="lab-heatmap"
      />
      {bounds && (
        <figcaption className="architecture-note">
          {t('lab.architecture.axes', {
            xMin: number(bounds.xMin),
            xMax: number(bounds.xMax),
            yMin: number(bounds.yMin),
            yMax: number(bounds.yMax),
          })}
        </figcaption>
      )}
    </figure>
  );
}

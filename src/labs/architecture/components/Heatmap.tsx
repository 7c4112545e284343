import { useEffect, useRef } from 'react';
import { GRID_RESOLUTION } from '../model/architecture-run';
import { architectureRun, useArchitectureStore, type ArchitectureState } from '../store';
import { useFormatField } from '../../../ui/use-number-format';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { createHeatmapSurface, drawHeatmap } from './heatmap-draw';
import { architectureMessages } from '../messages';

/** Pixels per side of the drawn canvas (CSS scales it down on narrow screens). */
const CANVAS_SIZE = 400;

/**
 * The decision map: redrawn straight from the store's subscription whenever the statistics
 * change (once per animation frame while training), without re-rendering React.
 */
export function Heatmap() {
  const t = useFeatureTranslation(architectureMessages);
  const number = useFormatField();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const bounds = useArchitectureStore((state) =>
    state.stats ? architectureRun(state).bounds : null,
  );

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const surface = createHeatmapSurface(canvas, GRID_RESOLUTION);
    if (!surface) return;
    const draw = (state: ArchitectureState) => {
      if (state.stats) drawHeatmap(surface, architectureRun(state));
    };
    draw(useArchitectureStore.getState());
    return useArchitectureStore.subscribe((state, previous) => {
      if (state.stats !== previous.stats) draw(state);
    });
  }, []);

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

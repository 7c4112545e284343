import { useEffect, useRef } from 'react';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { sparklinePoints } from './sparkline-geometry';
import { architectureRun, useArchitectureStore, type ArchitectureState } from '../store';
import { architectureMessages } from '../messages';

const WIDTH = 240;
const HEIGHT = 56;

/**
 * The training and test loss since step 0 as two lines, redrawn from the store's subscription
 * (the history lives in the run, outside React); the read-outs beside it carry the numbers.
 */
export function LossSparkline() {
  const t = useFeatureTranslation(architectureMessages);
  const trainRef = useRef<SVGPolylineElement>(null);
  const testRef = useRef<SVGPolylineElement>(null);
  useEffect(() => {
    const draw = (state: ArchitectureState) => {
      if (!state.stats) return;
      const points = sparklinePoints(architectureRun(state).history, WIDTH, HEIGHT);
      trainRef.current?.setAttribute('points', points.train);
      testRef.current?.setAttribute('points', points.test);
    };
    draw(useArchitectureStore.getState());
    return useArchitectureStore.subscribe((state, previous) => {
      if (state.stats !== previous.stats) draw(state);
    });
  }, []);
  return (
    <figure className="architecture-sparkline">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('lab.architecture.lossChart')}
        data-testid="lab-loss-sparkline"
      >
        <polyline ref={trainRef} className="architecture-sparkline-train" fill="none" />
        <polyline ref={testRef} className="architecture-sparkline-test" fill="none" />
      </svg>
      <figcaption className="architecture-note">{t('lab.architecture.lossChartNote')}</figcaption>
    </figure>
  );
}

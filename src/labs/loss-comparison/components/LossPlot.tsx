import { useId, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatCount, formatField } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { normalisedPoints } from './comparison-text';
import { useLossComparisonStore } from '../store';
import { lossComparisonMessages } from '../messages';

/** Both networks' J_t/J_0 over the steps, log axis; MSE solid blue, BCE dashed red. */
export function LossPlot() {
  const t = useFeatureTranslation(lossComparisonMessages);
  const language = useLanguage();
  const history = useLossComparisonStore((state) => state.history);
  const points = useMemo(() => normalisedPoints(history), [history]);
  const titleId = useId();
  const low = useMemo(() => {
    let smallest = 1;
    for (const point of points)
      for (const value of [point.halfSquaredError, point.binaryCrossEntropy])
        if (value !== null) smallest = Math.min(smallest, value);
    return 10 ** Math.floor(Math.log10(smallest) - 1e-9);
  }, [points]);
  const ticks = useMemo(() => {
    const powers: number[] = [];
    for (let value = low; value <= 1; value *= 10) powers.push(Number(value.toPrecision(1)));
    return powers.length > 6
      ? powers.filter((_, index) => index % 2 === powers.length % 2)
      : powers;
  }, [low]);
  const lastStep = points[points.length - 1]?.step ?? 0;

  return (
    <figure className="comparison-plot" aria-labelledby={titleId}>
      <figcaption id={titleId}>{t('lab.lossComparison.plotTitle')}</figcaption>
      <div className="lab-plot">
        <div
          className="comparison-plot-area"
          role="img"
          aria-label={t('lab.lossComparison.plotTitle')}
        >
          <ResponsiveContainer width="100%" height={240}>
            <LineChart
              accessibilityLayer={false}
              data={points}
              margin={{ top: 8, right: 16, bottom: 20, left: 4 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                type="number"
                dataKey="step"
                domain={[0, Math.max(10, lastStep)]}
                allowDecimals={false}
                tickFormatter={(value: number) => formatCount(value, language)}
                label={{
                  value: t('lab.lossComparison.axisStep'),
                  position: 'insideBottom',
                  offset: -12,
                }}
              />
              <YAxis
                type="number"
                scale="log"
                domain={[low, 2]}
                ticks={ticks}
                allowDataOverflow
                width={72}
                tickFormatter={(value: number) => formatField(value, language)}
              />
              <Line
                name={t('lab.lossComparison.mse')}
                type="linear"
                dataKey="halfSquaredError"
                stroke="var(--lab-layer-1)"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
              <Line
                name={t('lab.lossComparison.bce')}
                type="linear"
                dataKey="binaryCrossEntropy"
                stroke="var(--lab-layer-2)"
                strokeDasharray="8 4"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </div>
      <ul className="comparison-legend">
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" stroke="var(--lab-layer-1)" strokeWidth="2.5" />
          </svg>
          {t('lab.lossComparison.mse')}
        </li>
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="36"
              y2="5"
              stroke="var(--lab-layer-2)"
              strokeWidth="2.5"
              strokeDasharray="8 4"
            />
          </svg>
          {t('lab.lossComparison.bce')}
        </li>
      </ul>
    </figure>
  );
}

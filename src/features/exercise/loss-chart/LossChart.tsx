import { useId, useMemo, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useAppStore, type AppState } from '../../../store/store';
import { formatCount, formatValue } from '../../../ui/format';
import { useFormatValue } from '../../../ui/use-number-format';
import { useThrottledStore } from '../../../ui/use-throttled-store';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { CHART_POINT_LIMIT, chartPoints, iterationDomain, lossDomain } from './chart-points';
import { LossTextAlternative } from './LossTextAlternative';
import './loss-chart.css';

/** Height of the plot in pixels; the width follows the container. */
const CHART_HEIGHT = 260;

/** recharts' colours from the palette's CSS variables, so the chart follows the theme. */
const AXIS = { stroke: 'var(--color-border)', tick: { fill: 'var(--color-muted)' } } as const;
const LABEL_FILL = 'var(--color-muted)';
const TOOLTIP_STYLE = {
  backgroundColor: 'var(--color-background)',
  borderColor: 'var(--color-border)',
  color: 'var(--color-text)',
} as const;

const selectLossHistory = (state: AppState) => state.lossHistory;

/**
 * The loss curve J(θ_t) over the iterations, titled by the chosen loss, with an optional log
 * axis and a text alternative. Imports recharts, so the app can load it lazily.
 */
export function LossChart() {
  const t = useTranslation();
  const language = useLanguage();
  const format = useFormatValue();
  const loss = useAppStore((state) => state.loss);
  // recharts redraws in tens of milliseconds: while training runs, a few times a second
  const history = useThrottledStore('chart', selectLossHistory);
  const [logScale, setLogScale] = useState(false);
  const titleId = useId();
  const title = t(`exercise.chart.${loss}`);
  const { points, omitted } = useMemo(
    () => chartPoints(history, CHART_POINT_LIMIT, logScale),
    [history, logScale],
  );
  const formatLoss = (value: unknown) => format(Number(value));
  // axis ticks are round numbers: up to 3 figures, without the trailing zeros a value keeps
  const formatTick = (value: unknown) => formatValue(Number(value), language, 3, 1);
  const formatIteration = (value: unknown) => formatCount(Number(value), language);

  return (
    <section className="loss-chart" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <label className="loss-chart-scale">
        <input
          type="checkbox"
          checked={logScale}
          onChange={(event) => setLogScale(event.target.checked)}
        />
        {t('exercise.chart.logScale')}
      </label>
      {points.length === 0 ? (
        <p className="loss-chart-empty">{t('exercise.chart.empty')}</p>
      ) : (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart
            title={title}
            data={points}
            margin={{ top: 8, right: 16, bottom: 20, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="var(--color-grid)" />
            <XAxis
              type="number"
              dataKey="iteration"
              domain={iterationDomain(points)}
              allowDecimals={false}
              tickFormatter={formatIteration}
              {...AXIS}
              label={{
                value: t('exercise.chart.iteration'),
                position: 'insideBottom',
                offset: -12,
                fill: LABEL_FILL,
              }}
            />
            <YAxis
              type="number"
              dataKey="loss"
              scale={logScale ? 'log' : 'linear'}
              domain={lossDomain(points, logScale)}
              allowDataOverflow
              width={72}
              tickFormatter={formatTick}
              {...AXIS}
              label={{
                value: t('exercise.chart.loss'),
                angle: -90,
                position: 'insideLeft',
                fill: LABEL_FILL,
              }}
            />
            <Tooltip
              contentStyle={TOOLTIP_STYLE}
              cursor={{ stroke: 'var(--color-border)' }}
              formatter={(value) => [formatLoss(value), t('exercise.chart.loss')]}
              labelFormatter={(label) =>
                `${t('exercise.chart.iteration')} ${formatIteration(label)}`
              }
            />
            <Line
              type="linear"
              dataKey="loss"
              stroke="var(--color-primary)"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      )}
      {omitted > 0 && (
        <p className="loss-chart-note">{t('lossChart.logOmitted', { count: omitted })}</p>
      )}
      <LossTextAlternative />
    </section>
  );
}

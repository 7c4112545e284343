import { useId, useMemo, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
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
import {
  CHART_POINT_LIMIT,
  chartPoints,
  iterationDomain,
  logScaleFor,
  logTicks,
  lossDomain,
  type LossPoint,
} from './chart-points';
import { LossTextAlternative } from './LossTextAlternative';
import './loss-chart.css';

/** Height of the plot in pixels; the width follows the container. */
const CHART_HEIGHT = 260;

/**
 * Room for the loss axis: its tick labels (up to "1,23·10⁻¹²", about 64 px at the muted 12 px),
 * the tick marks, and the rotated title beside them; the browser spec measures that none overlap.
 */
const LOSS_AXIS_WIDTH = 96;
/** The rotated title's centre, from the axis box's left edge. */
const LOSS_TITLE_OFFSET = 10;
/** Space above and right of the plot for the top tick, the last iteration's tick and its value. */
const CHART_MARGIN = { top: 16, right: 28, bottom: 20, left: 4 } as const;

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
  // null until the learner ticks or unticks the box: the scale follows the training (AUTO_LOG_AFTER)
  const [logChoice, setLogChoice] = useState<boolean | null>(null);
  const logScale = logScaleFor(logChoice, history.iterations.length);
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
  const logTickValues = logScale ? logTicks(points).ticks : undefined;
  const lastPoint = points[points.length - 1];

  return (
    <section className="loss-chart" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <label className="loss-chart-scale">
        <input
          type="checkbox"
          checked={logScale}
          onChange={(event) => setLogChoice(event.target.checked)}
        />
        {t('exercise.chart.logScale')}
      </label>
      {points.length === 0 ? (
        <p className="loss-chart-empty">{t('exercise.chart.empty')}</p>
      ) : (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart title={title} data={points} margin={CHART_MARGIN}>
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
              {...(logTickValues ? { ticks: logTickValues } : {})}
              allowDataOverflow
              width={LOSS_AXIS_WIDTH}
              tickFormatter={formatTick}
              {...AXIS}
              label={{
                value: t('exercise.chart.loss'),
                angle: -90,
                position: 'insideLeft',
                offset: LOSS_TITLE_OFFSET,
                fill: LABEL_FILL,
                className: 'loss-chart-axis-title',
                style: { textAnchor: 'middle' },
              }}
            />
            <Tooltip
              contentStyle={TOOLTIP_STYLE}
              cursor={{ stroke: 'var(--color-border)' }}
              separator=": "
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
            {lastPoint && (
              <ReferenceDot
                x={lastPoint.iteration}
                y={lastPoint.loss}
                r={3}
                fill="var(--color-primary)"
                stroke="none"
                label={<LastValueLabel point={lastPoint} text={formatLoss(lastPoint.loss)} />}
              />
            )}
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

/** recharts' geometry of the dot a label belongs to. */
interface DotViewBox {
  x?: number;
  y?: number;
}

/**
 * The last point's value beside it, left of and above the dot so it stays inside the plot at
 * the right edge, where the last point always is.
 */
function LastValueLabel({
  point,
  text,
  viewBox,
}: {
  point: LossPoint;
  text: string;
  viewBox?: DotViewBox;
}) {
  const x = viewBox?.x;
  const y = viewBox?.y;
  if (x === undefined || y === undefined) return null;
  return (
    <text
      className="loss-chart-last-value"
      x={x - 6}
      y={y - 8}
      textAnchor="end"
      fill="var(--color-text)"
      data-iteration={point.iteration}
    >
      {text}
    </text>
  );
}

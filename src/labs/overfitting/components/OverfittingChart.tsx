import { useId, useMemo, useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { OVERFITTING_MAX_STEPS } from '../model/overfitting-setup';
import { formatCount, formatFixed } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { chartRows, lossRange, stepTicks } from './overfitting-chart-data';
import { useOverfittingStore } from '../store';
import { overfittingMessages } from '../messages';

const CHART_HEIGHT = 280;
/** The plot keeps at least this width; narrower screens scroll it sideways. */
const CHART_MIN_WIDTH = 300;

/**
 * Training (solid) and validation (dashed) losses over the steps, with the lowest validation loss
 * marked. The test set is not drawn: it is measured once, when training ends.
 */
export function OverfittingChart() {
  const t = useFeatureTranslation(overfittingMessages);
  const language = useLanguage();
  const records = useOverfittingStore((state) => state.records);
  const best = useOverfittingStore((state) => state.best);
  const [logScale, setLogScale] = useState(false);
  const titleId = useId();
  const rows = useMemo(() => chartRows(records, logScale), [records, logScale]);
  const range = useMemo(() => lossRange(rows, logScale), [rows, logScale]);
  const lastStep = records.at(-1)?.step ?? 0;
  // the axis grows with the run, in round ticks
  const ticks = stepTicks(lastStep, OVERFITTING_MAX_STEPS / 4);
  const formatLoss = (value: unknown) => formatFixed(Number(value), language, 3);
  const formatStep = (value: unknown) => formatCount(Number(value), language);
  const trainName = t('lab.overfitting.train');
  const validationName = t('lab.overfitting.validation');

  return (
    <figure className="overfitting-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="overfitting-chart-title">
        {t('lab.overfitting.chartTitle')}
      </figcaption>
      <label className="overfitting-check">
        <input
          type="checkbox"
          checked={logScale}
          onChange={(event) => setLogScale(event.target.checked)}
        />
        {t('lab.overfitting.logScale')}
      </label>
      <div className="lab-plot">
        <div style={{ minWidth: CHART_MIN_WIDTH }}>
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            <LineChart data={rows} margin={{ top: 16, right: 16, bottom: 20, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                type="number"
                dataKey="step"
                domain={[0, ticks.at(-1) ?? 0]}
                ticks={ticks}
                allowDecimals={false}
                tickFormatter={formatStep}
                label={{
                  value: t('lab.overfitting.stepAxis'),
                  position: 'insideBottom',
                  offset: -12,
                }}
              />
              <YAxis
                type="number"
                scale={logScale ? 'log' : 'linear'}
                domain={range}
                allowDataOverflow
                width={64}
                tickFormatter={formatLoss}
              />
              <Tooltip
                formatter={(value, name) => [formatLoss(value), name]}
                labelFormatter={(label) => `${t('lab.overfitting.stepAxis')} ${formatStep(label)}`}
              />
              <Legend verticalAlign="top" iconType="plainline" itemSorter={null} />
              <Line
                name={trainName}
                type="linear"
                dataKey="train"
                stroke="var(--color-primary)"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
              <Line
                name={validationName}
                type="linear"
                dataKey="validation"
                stroke="var(--color-danger)"
                strokeWidth={2}
                strokeDasharray="7 4"
                dot={false}
                isAnimationActive={false}
              />
              {best && records.length > 1 && (
                <ReferenceLine
                  x={best.step}
                  stroke="var(--color-muted)"
                  strokeDasharray="2 3"
                  label={{
                    value: t('lab.overfitting.bestMark'),
                    position: 'top',
                    fill: 'var(--color-muted)',
                  }}
                />
              )}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </div>
    </figure>
  );
}

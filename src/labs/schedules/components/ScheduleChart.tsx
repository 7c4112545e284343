import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ScheduleRun } from '../model/schedule-comparison';
import type { ScheduleName } from '../../../core/training/schedules';
import { formatCount, formatField } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { logTicks, markerPath, SCHEDULE_SERIES, scheduleRows } from './schedule-series';
import { schedulesMessages } from '../messages';

const CHART_HEIGHT = 240;
/** Markers per curve, evenly spaced. */
const MARKS = 8;

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** recharts' dot renderer: the schedule's marker every `every` points, nothing elsewhere. */
function makeDot(name: ScheduleName, every: number) {
  const style = SCHEDULE_SERIES[name];
  function ScheduleDot({ cx, cy, index }: DotProps) {
    if (cx === undefined || cy === undefined || index === undefined || index % every !== 0) {
      return <g />;
    }
    return <path d={markerPath(style.marker, cx, cy, 4)} fill={style.color} />;
  }
  return ScheduleDot;
}

interface ScheduleChartProps {
  runs: readonly ScheduleRun[];
  /** 'rates' draws η(t) on a linear axis, 'losses' the loss J(θ_t) on a log axis. */
  series: 'rates' | 'losses';
}

/** The four schedules' η(t) or loss curves, overlaid, each with its dash pattern and marker. */
export function ScheduleChart({ runs, series }: ScheduleChartProps) {
  const t = useFeatureTranslation(schedulesMessages);
  const language = useLanguage();
  const log = series === 'losses';
  const rows = useMemo(
    () =>
      scheduleRows(
        runs.map((run) => ({ name: run.name, values: run[series] })),
        log,
      ),
    [runs, series, log],
  );
  const ticks = useMemo(
    () => (log ? logTicks(runs.flatMap((run) => run.losses)) : undefined),
    [runs, log],
  );
  const every = Math.max(1, Math.round(rows.length / MARKS));
  const dots = useMemo(
    () => Object.fromEntries(runs.map((run) => [run.name, makeDot(run.name, every)])),
    [runs, every],
  );
  const title = t(log ? 'lab.schedules.lossChart' : 'lab.schedules.rateChart');
  return (
    <figure className="schedules-chart">
      <figcaption>{title}</figcaption>
      <div className="lab-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" minWidth={280} height={CHART_HEIGHT}>
          <LineChart
            accessibilityLayer={false}
            data={rows}
            margin={{ top: 8, right: 16, bottom: 20, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="t"
              domain={[0, Math.max(1, rows.at(-1)?.t ?? 0)]}
              allowDecimals={false}
              tickFormatter={(value) => formatCount(Number(value), language)}
              label={{ value: t('lab.schedules.axisStep'), position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              type="number"
              scale={log ? 'log' : 'linear'}
              domain={ticks ? [ticks.at(0)!, ticks.at(-1)!] : [0, 'auto']}
              ticks={ticks}
              allowDataOverflow={log}
              width={84}
              tickFormatter={(value) => formatField(Number(value), language)}
              label={{
                value: t(log ? 'lab.schedules.axisLoss' : 'lab.schedules.axisRate'),
                angle: -90,
                position: 'insideLeft',
              }}
            />
            {runs.map((run) => (
              <Line
                key={run.name}
                type="linear"
                dataKey={run.name}
                name={t(`lab.schedules.name.${run.name}`)}
                stroke={SCHEDULE_SERIES[run.name].color}
                strokeDasharray={SCHEDULE_SERIES[run.name].dash || undefined}
                strokeWidth={2}
                dot={dots[run.name]}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

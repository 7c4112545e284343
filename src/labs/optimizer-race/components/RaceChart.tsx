import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { RACE_STEPS } from '../model/optimizer-race';
import { OPTIMIZERS, type OptimizerName } from '../../../core/training/optimizers';
import { formatCount, formatField } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { logTicks, raceChartRows } from './race-chart-data';
import { markerPath, RACE_SERIES } from './race-series';
import { useOptimizerRaceStore } from '../store';
import { optimizerRaceMessages } from '../messages';

const CHART_HEIGHT = 260;
/** A marker every this many steps along each curve. */
const MARK_EVERY = 25;

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** recharts' dot renderer: the optimizer's marker every MARK_EVERY steps, nothing elsewhere. */
function dotFor(name: OptimizerName) {
  const style = RACE_SERIES[name];
  function RaceDot({ cx, cy, index }: DotProps) {
    if (cx === undefined || cy === undefined || index === undefined || index % MARK_EVERY !== 0) {
      return <g />;
    }
    return <path d={markerPath(style.marker, cx, cy, 4)} fill={style.color} />;
  }
  return RaceDot;
}

const DOTS = Object.fromEntries(OPTIMIZERS.map((name) => [name, dotFor(name)])) as Record<
  OptimizerName,
  ReturnType<typeof dotFor>
>;

/** The four loss curves of the network race up to the current step, on a log axis. */
export function RaceChart() {
  const t = useFeatureTranslation(optimizerRaceMessages);
  const language = useLanguage();
  const losses = useOptimizerRaceStore((state) => state.losses);
  const step = useOptimizerRaceStore((state) => state.step);
  const rows = useMemo(() => (losses ? raceChartRows(losses, step) : []), [losses, step]);
  const ticks = useMemo(() => (losses ? logTicks(Object.values(losses).flat()) : null), [losses]);
  if (!losses || !ticks) return null;
  return (
    <figure className="race-chart">
      <figcaption>{t('lab.optimizerRace.chartTitle')}</figcaption>
      <div className="lab-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" minWidth={300} height={CHART_HEIGHT}>
          <LineChart
            accessibilityLayer={false}
            data={rows}
            margin={{ top: 8, right: 16, bottom: 20, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="step"
              domain={[0, RACE_STEPS]}
              allowDecimals={false}
              tickFormatter={(value) => formatCount(Number(value), language)}
              label={{
                value: t('lab.optimizerRace.chartStep'),
                position: 'insideBottom',
                offset: -12,
              }}
            />
            <YAxis
              type="number"
              scale="log"
              domain={[ticks.at(0)!, ticks.at(-1)!]}
              ticks={ticks}
              allowDataOverflow
              width={84}
              tickFormatter={(value) => formatField(Number(value), language)}
              label={{
                value: t('lab.optimizerRace.chartLoss'),
                angle: -90,
                position: 'insideLeft',
              }}
            />
            {OPTIMIZERS.map((name) => (
              <Line
                key={name}
                type="linear"
                dataKey={name}
                name={t(`lab.optimizerRace.name.${name}`)}
                stroke={RACE_SERIES[name].color}
                strokeDasharray={RACE_SERIES[name].dash || undefined}
                strokeWidth={2}
                dot={DOTS[name]}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

import { useId, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { VanishingRun } from '../model/vanishing';
import { formatCount, formatField } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { layerKey, layerStyle, logTicks, normRows } from './plot-data';
import { vanishingGradientsMessages, type VanishingGradientsMessageKey } from '../messages';

interface NormPlotProps {
  title: string;
  run: VanishingRun;
  /** Shared by both plots so their heights compare. */
  domain: [number, number];
  /** The step marked by a vertical line. */
  step: number;
}

/** One activation's per-layer gradient norms over the steps, on a log axis. */
export function NormPlot({ title, run, domain, step }: NormPlotProps) {
  const t = useFeatureTranslation(vanishingGradientsMessages);
  const language = useLanguage();
  const titleId = useId();
  const rows = useMemo(() => normRows(run), [run]);
  const layerCount = run.norms[0]?.length ?? 0;
  const ticks = useMemo(() => logTicks(domain), [domain]);
  return (
    <figure className="vanishing-plot" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <div className="lab-plot">
        <div className="vanishing-plot-area" role="img" aria-label={title}>
          <ResponsiveContainer width="100%" height={240}>
            <LineChart
              accessibilityLayer={false}
              data={rows}
              margin={{ top: 8, right: 12, bottom: 20, left: 4 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                type="number"
                dataKey="step"
                domain={[1, Math.max(2, rows.length)]}
                allowDecimals={false}
                tickFormatter={(value: number) => formatCount(value, language)}
                label={{
                  value: t('lab.vanishingGradients.axisStep'),
                  position: 'insideBottom',
                  offset: -12,
                }}
              />
              <YAxis
                type="number"
                scale="log"
                domain={domain}
                ticks={ticks}
                allowDataOverflow
                width={64}
                tickFormatter={(value: number) => formatField(value, language)}
              />
              <ReferenceLine x={step} stroke="var(--color-muted)" strokeDasharray="2 2" />
              {Array.from({ length: layerCount }, (_, layer) => {
                const style = layerStyle(layer, layerCount);
                return (
                  <Line
                    key={layer}
                    type="linear"
                    dataKey={layerKey(layer)}
                    stroke={style.colour}
                    strokeDasharray={style.dash}
                    strokeWidth={2}
                    dot={false}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                );
              })}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </div>
    </figure>
  );
}

/** The legend both plots share: a line sample with the layer's colour and dash, and its name. */
export function LayerLegend({ layerCount }: { layerCount: number }) {
  const t = useFeatureTranslation(vanishingGradientsMessages);
  return (
    <ul className="vanishing-legend">
      {Array.from({ length: layerCount }, (_, layer) => {
        const style = layerStyle(layer, layerCount);
        return (
          <li key={layer}>
            <svg width="36" height="10" aria-hidden="true">
              <line
                x1="0"
                y1="5"
                x2="36"
                y2="5"
                stroke={style.colour}
                strokeWidth="2.5"
                strokeDasharray={style.dash || undefined}
              />
            </svg>
            {layerName(layer, layerCount, t)}
          </li>
        );
      })}
    </ul>
  );
}

/** "Camada 3", or "Saída" for the last layer. */
export function layerName(
  layer: number,
  layerCount: number,
  t: ReturnType<typeof useFeatureTranslation<VanishingGradientsMessageKey>>,
): string {
  return layer === layerCount - 1
    ? t('lab.vanishingGradients.output')
    : t('lab.vanishingGradients.layer', { index: layer + 1 });
}

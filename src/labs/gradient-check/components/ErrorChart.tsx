import { useId } from 'react';
import type { NetworkGradientCheck } from '../model/gradient-check-network';
import { formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import {
  CHART,
  chartScales,
  ERROR_FLOOR,
  errorExponent,
  errorPath,
  powerOfTen,
} from './chart-geometry';
import { gradientCheckMessages } from '../messages';

/** A legend swatch: a short line in the series' dash pattern. */
function Swatch({ className }: { className: string }) {
  return (
    <svg width="28" height="10" aria-hidden="true" className="check-swatch">
      <line className={className} x1="1" y1="5" x2="27" y2="5" />
    </svg>
  );
}

/** Relative error against h on log-log axes, with the current h and the sweep's best h marked. */
export function ErrorChart({ check }: { check: NetworkGradientCheck }) {
  const t = useFeatureTranslation(gradientCheckMessages);
  const language = useLanguage();
  const titleId = useId();
  const descriptionId = useId();
  const { sweep, step, centralError, diagnosis } = check;
  const scales = chartScales(sweep);
  const { width, height, left, right, top, bottom } = CHART;
  const currentX = scales.x(Math.log10(step));
  const currentY = errorExponent(centralError);
  const bestY = errorExponent(diagnosis.bestError);
  const bestX = Number.isFinite(diagnosis.bestStep)
    ? scales.x(Math.log10(diagnosis.bestStep))
    : null;
  return (
    <figure className="check-figure">
      <figcaption id={titleId} className="check-chart-title">
        {t('lab.gradientCheck.chartTitle')}
      </figcaption>
      <p id={descriptionId} className="visually-hidden">
        {t('lab.gradientCheck.chartDescription', {
          name: check.name,
          best: formatValue(diagnosis.bestStep, language),
        })}
      </p>
      <div className="lab-plot">
        <svg
          className="check-chart"
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          viewBox={`0 0 ${width} ${height}`}
        >
          {scales.yTicks.map((tick) => (
            <g key={`y${tick}`}>
              <line
                className="check-grid"
                x1={left}
                x2={width - right}
                y1={scales.y(tick)}
                y2={scales.y(tick)}
              />
              <text
                className="check-tick"
                x={left - 6}
                y={scales.y(tick)}
                textAnchor="end"
                dominantBaseline="central"
              >
                {powerOfTen(tick)}
              </text>
            </g>
          ))}
          {scales.xTicks.map((tick) => (
            <text
              key={`x${tick}`}
              className="check-tick"
              x={scales.x(tick)}
              y={height - bottom + 16}
              textAnchor="middle"
            >
              {powerOfTen(tick)}
            </text>
          ))}
          <line
            className="check-axis"
            x1={left}
            x2={width - right}
            y1={height - bottom}
            y2={height - bottom}
          />
          <line className="check-axis" x1={left} x2={left} y1={top} y2={height - bottom} />
          <text
            className="check-axis-label"
            x={(left + width - right) / 2}
            y={height - 4}
            textAnchor="middle"
          >
            {t('lab.gradientCheck.axisStep')}
          </text>
          <text
            className="check-axis-label"
            transform={`translate(12 ${(top + height - bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {t('lab.gradientCheck.axisError')}
          </text>
          <path
            className="check-line-forward"
            d={errorPath(sweep, (point) => point.forwardError, scales)}
          />
          <path
            className="check-line-central"
            d={errorPath(sweep, (point) => point.centralError, scales)}
          />
          <line
            className="check-current"
            x1={currentX}
            x2={currentX}
            y1={top}
            y2={height - bottom}
          />
          {currentY !== null && (
            <circle className="check-current-point" cx={currentX} cy={scales.y(currentY)} r={5} />
          )}
          {bestX !== null && bestY !== null && (
            <path
              className="check-best"
              d={`M${bestX},${scales.y(bestY) - 7} l7,7 l-7,7 l-7,-7 z`}
            />
          )}
        </svg>
      </div>
      <ul className="check-legend">
        <li>
          <Swatch className="check-line-central" /> {t('lab.gradientCheck.legendCentral')}
        </li>
        <li>
          <Swatch className="check-line-forward" /> {t('lab.gradientCheck.legendForward')}
        </li>
        <li>
          <Swatch className="check-current" /> {t('lab.gradientCheck.legendCurrent')}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true" className="check-swatch">
            <path className="check-best" d="M8,1 l7,7 l-7,7 l-7,-7 z" />
          </svg>{' '}
          {t('lab.gradientCheck.legendBest')}
        </li>
      </ul>
      <p className="check-note">
        {t('lab.gradientCheck.floorNote', { floor: formatValue(ERROR_FLOOR, language) })}
      </p>
    </figure>
  );
}

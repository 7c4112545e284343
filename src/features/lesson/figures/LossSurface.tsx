import './figures.css';
import { useEffect, useId, useMemo, useState } from 'react';
import {
  descentPath,
  insideDomain,
  lossRises,
  stabilityLimit,
  SURFACE_LEARNING_RATE,
  SURFACE_MAX_STEPS,
  SURFACE_START,
  type PathPoint,
} from '../../../core/figures/loss-surface';
import { formatCount, formatFixed, formatValue } from '../../../ui/format';
import { useLanguage, useTranslation } from '../../../ui/use-translation';
import { SurfacePlot } from './SurfacePlot';
import { usePrefersReducedMotion } from '../../../ui/use-reduced-motion';

/** Time between two animated steps. */
const STEP_INTERVAL_MS = 600;

/**
 * The figure of "O gradiente": gradient descent on a two-parameter loss surface, one step per
 * press of "Próximo passo" or animated, with η on a slider whose top end overshoots the valley.
 * Every number shown is computed by src/core/figures/loss-surface.
 */
export function LossSurface() {
  const t = useTranslation();
  const language = useLanguage();
  const sliderId = useId();
  const reducedMotion = usePrefersReducedMotion();
  const [learningRate, setLearningRate] = useState<number>(SURFACE_LEARNING_RATE.initial);
  const [step, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);

  const path = useMemo(
    () => descentPath(SURFACE_START, learningRate, SURFACE_MAX_STEPS),
    [learningRate],
  );
  const lastStep = path.length - 1;
  const shown = Math.min(step, lastStep);
  const point = path[shown] as PathPoint;
  const animating = playing && shown < lastStep;
  const overshoot = lossRises(path, shown);

  useEffect(() => {
    if (!animating) return;
    const timer = window.setInterval(
      () => setStep((current) => Math.min(current + 1, lastStep)),
      STEP_INTERVAL_MS,
    );
    return () => window.clearInterval(timer);
  }, [animating, lastStep]);

  const animate = () => {
    if (reducedMotion) {
      setStep(lastStep);
    } else if (animating) {
      setPlaying(false);
    } else {
      if (shown >= lastStep) setStep(0);
      setPlaying(true);
    }
  };
  const value = (number: number) => formatValue(number, language);

  return (
    <figure className="loss-surface">
      <figcaption>
        <span className="figure-title">{t('surface.title')}</span>
        <span className="figure-caption">{t('surface.caption')}</span>
      </figcaption>
      <SurfacePlot path={path.slice(0, shown + 1)} next={path[shown + 1] ?? null} />
      <div className="surface-controls" role="group" aria-label={t('surface.controls')}>
        <div className="surface-slider">
          <div className="surface-slider-label">
            <label htmlFor={sliderId}>{t('surface.learningRate')}</label>{' '}
            <output htmlFor={sliderId}>{formatFixed(learningRate, language, 2)}</output>
          </div>
          <input
            id={sliderId}
            type="range"
            min={SURFACE_LEARNING_RATE.min}
            max={SURFACE_LEARNING_RATE.max}
            step={SURFACE_LEARNING_RATE.step}
            value={learningRate}
            onChange={(event) =>
              setLearningRate(Math.round(Number(event.target.value) * 100) / 100)
            }
          />
          <p className="surface-hint">
            {t('surface.limit', { limit: formatFixed(stabilityLimit(), language, 2) })}
          </p>
        </div>
        <div className="surface-buttons">
          <button type="button" onClick={() => setStep(shown + 1)} disabled={shown >= lastStep}>
            {t('surface.next')}
          </button>
          <button
            type="button"
            onClick={animate}
            aria-pressed={reducedMotion ? undefined : animating}
          >
            {t(reducedMotion ? 'surface.showAll' : animating ? 'surface.pause' : 'surface.animate')}
          </button>
          <button
            type="button"
            onClick={() => {
              setPlaying(false);
              setStep(0);
            }}
          >
            {t('surface.reset')}
          </button>
        </div>
      </div>
      <p className="surface-position" aria-live={animating ? 'off' : 'polite'}>
        {t('surface.position', {
          step: formatCount(shown, language),
          steps: formatCount(lastStep, language),
          w1: value(point.w1),
          w2: value(point.w2),
          loss: value(point.loss),
          g1: value(point.gradient.w1),
          g2: value(point.gradient.w2),
        })}{' '}
        {!insideDomain(point) && t('surface.outside')}
      </p>
      <div role="alert">
        {overshoot && (
          <p className="surface-overshoot">
            <span aria-hidden="true">▲ </span>
            {t('surface.overshoot')} — {t('surface.overshootDetail')}
          </p>
        )}
      </div>
    </figure>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { EXPLODING_NORM, stepVerdict } from '../model/vanishing-summary';
import { VANISHING_POINT_COUNT } from '../model/vanishing';
import { formatCount, formatField } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { LabFrame } from '../../shared/LabFrame';
import { LayerLegend, NormPlot } from './NormPlot';
import { NormTable } from './NormTable';
import { logDomain } from './plot-data';
import { VanishingControls } from './VanishingControls';
import { verdictText } from './verdict-text';
import { useVanishingGradientsStore } from '../store';
import { vanishingGradientsMessages } from '../messages';
import './vanishing-gradients.css';

/** Lab: per-layer gradient norms of a deep sigmoid net and a deep ReLU net, side by side. */
export default function VanishingGradientsSection() {
  const t = useFeatureTranslation(vanishingGradientsMessages);
  const language = useLanguage();
  const runs = useVanishingGradientsStore((state) => state.runs);
  const step = useVanishingGradientsStore((state) => state.step);
  const steps = useVanishingGradientsStore((state) => state.config.steps);
  const learningRate = useVanishingGradientsStore((state) => state.config.learningRate);
  const error = useVanishingGradientsStore((state) => state.error);
  const ensureRuns = useVanishingGradientsStore((state) => state.ensureRuns);
  useEffect(() => ensureRuns(), [ensureRuns, runs]);
  const domain = useMemo(() => (runs ? logDomain([runs.sigmoid, runs.relu]) : null), [runs]);

  const sentence = runs
    ? t('lab.vanishingGradients.sentence', {
        step: formatCount(step, language),
        sigmoid: verdictText(stepVerdict(runs.sigmoid, step), language, t),
        relu: verdictText(stepVerdict(runs.relu, step), language, t),
      })
    : '';
  // announced when the settings change, not while the step slider moves
  const [announcement, setAnnouncement] = useState('');
  const [announcedRuns, setAnnouncedRuns] = useState(runs);
  if (runs !== announcedRuns) {
    setAnnouncedRuns(runs);
    if (announcedRuns !== null) setAnnouncement(sentence);
  }
  const layerCount = runs?.sigmoid.norms[0]?.length ?? runs?.relu.norms[0]?.length ?? 0;

  const introValues = {
    count: formatCount(VANISHING_POINT_COUNT, language),
    rate: formatField(learningRate, language),
  };
  return (
    <LabFrame
      id="vanishing-gradients"
      title={t('lab.vanishingGradients.title')}
      intro={<p>{t('lab.vanishingGradients.intro', introValues)}</p>}
      more={<p>{t('lab.vanishingGradients.more', introValues)}</p>}
      settings={<VanishingControls />}
    >
      {error && (
        <p className="vanishing-error" role="alert">
          {t('lab.vanishingGradients.invalid', { message: error })}
        </p>
      )}
      {runs && domain && (
        <>
          <div className="vanishing-plots">
            <NormPlot
              title={t('lab.vanishingGradients.plotTitle', {
                activation: t('lab.vanishingGradients.sigmoid'),
              })}
              run={runs.sigmoid}
              domain={domain}
              step={step}
            />
            <NormPlot
              title={t('lab.vanishingGradients.plotTitle', {
                activation: t('lab.vanishingGradients.relu'),
              })}
              run={runs.relu}
              domain={domain}
              step={step}
            />
          </div>
          <LayerLegend layerCount={layerCount} />
          {(['sigmoid', 'relu'] as const).map((activation) =>
            runs[activation].divergedAt === null ? null : (
              <p key={activation} className="vanishing-error">
                {t('lab.vanishingGradients.diverged', {
                  activation: t(`lab.vanishingGradients.${activation}`),
                  step: formatCount(runs[activation].divergedAt ?? 0, language),
                })}
              </p>
            ),
          )}
          <p className="lab-summary" data-testid="vanishing-sentence">
            {sentence}
          </p>
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
          <p className="vanishing-note">{t('lab.vanishingGradients.note')}</p>
          <p className="vanishing-note">{t('lab.vanishingGradients.xavierNote')}</p>
          <p className="vanishing-note">
            {t('lab.vanishingGradients.explodingNote', {
              limit: formatCount(EXPLODING_NORM, language),
            })}
          </p>
          <p className="vanishing-description">
            {t('lab.vanishingGradients.description', { steps: formatCount(steps, language) })}
          </p>
          <NormTable runs={runs} step={step} />
        </>
      )}
    </LabFrame>
  );
}

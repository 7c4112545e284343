import { useState } from 'react';
import { formatCount, formatValue } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { LabFrame } from '../../shared/LabFrame';
import { DEFAULT_COMPARISON_CONFIG } from '../model/loss-comparison-run';
import { formatSignificant } from './comparison-text';
import { ComparisonControls, ComparisonToolbar } from './ComparisonControls';
import { ComparisonTable } from './ComparisonTable';
import { LossPlot } from './LossPlot';
import { OutputGradients } from './OutputGradients';
import { useComparisonLoop } from './use-comparison-loop';
import { LOSS_COMPARISON_MAX_STEPS, useLossComparisonStore } from '../store';
import { lossComparisonMessages } from '../messages';
import './loss-comparison.css';

/** Lab: one network trained with MSE and with BCE from the same start, and why BCE moves faster. */
export default function LossComparisonSection() {
  const t = useFeatureTranslation(lossComparisonMessages);
  const language = useLanguage();
  useComparisonLoop();
  const running = useLossComparisonStore((state) => state.running);
  const step = useLossComparisonStore((state) => state.step);
  const snapshots = useLossComparisonStore((state) => state.snapshots);
  // announced once when training stops (pause or the last step), never while it runs
  const [announcement, setAnnouncement] = useState('');
  const [wasRunning, setWasRunning] = useState(running);
  if (running !== wasRunning) {
    setWasRunning(running);
    if (!running) {
      const values = {
        step: formatCount(step, language),
        mse: formatValue(snapshots.halfSquaredError.loss, language),
        bce: formatValue(snapshots.binaryCrossEntropy.loss, language),
      };
      setAnnouncement(
        step >= LOSS_COMPARISON_MAX_STEPS
          ? t('lab.lossComparison.finished', values)
          : t('lab.lossComparison.paused', values),
      );
    }
  }

  const rate = formatSignificant(DEFAULT_COMPARISON_CONFIG.learningRate, language);
  return (
    <LabFrame
      id="loss-comparison"
      title={t('lab.lossComparison.title')}
      intro={<p>{t('lab.lossComparison.intro', { rate })}</p>}
      more={<p>{t('lab.lossComparison.more', { rate })}</p>}
      toolbar={<ComparisonToolbar />}
      settings={<ComparisonControls />}
    >
      <LossPlot />
      <OutputGradients />
      <ComparisonTable />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </LabFrame>
  );
}

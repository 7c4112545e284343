import { useState } from 'react';
import { useAppStore } from '../../../store/store';
import { formatCount, formatValue } from '../../ui/format';
import { useLanguage, useTranslation } from '../../ui/use-translation';
import { LabFrame } from '../LabFrame';
import { ComparisonControls } from './ComparisonControls';
import { ComparisonTable } from './ComparisonTable';
import { LossPlot } from './LossPlot';
import { OutputGradients } from './OutputGradients';
import { useComparisonLoop } from './use-comparison-loop';
import { LOSS_COMPARISON_MAX_STEPS } from '../../../store/lab/loss-comparison-slice';
import './loss-comparison.css';

/** Lab: one network trained with MSE and with BCE from the same start, and why BCE moves faster. */
export default function LossComparison() {
  const t = useTranslation();
  const language = useLanguage();
  useComparisonLoop();
  const running = useAppStore((state) => state.lossComparisonRunning);
  const step = useAppStore((state) => state.lossComparisonStep);
  const snapshots = useAppStore((state) => state.lossComparisonSnapshots);
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

  return (
    <LabFrame
      id="loss-comparison"
      title={t('lab.lossComparison.title')}
      intro={<p>{t('lab.lossComparison.intro')}</p>}
    >
      <ComparisonControls />
      <LossPlot />
      <OutputGradients />
      <ComparisonTable />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </LabFrame>
  );
}

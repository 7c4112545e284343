import { useEffect } from 'react';
import {
  OVERFITTING_LEARNING_RATE,
  OVERFITTING_SPEC,
  OVERFITTING_SPLIT,
} from '../model/overfitting-setup';
import { formatCount, formatFixed } from '../../../ui/format';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { LabFrame } from '../../shared/LabFrame';
import { OverfittingChart } from './OverfittingChart';
import { OverfittingControls, OverfittingToolbar } from './OverfittingControls';
import { OverfittingSummary } from './OverfittingSummary';
import { OverfittingTable } from './OverfittingTable';
import { useOverfittingLoop } from './use-overfitting-loop';
import { useOverfittingStore } from '../store';
import { overfittingMessages } from '../messages';
import './overfitting.css';

/** "2–16–16–1": the input size then every layer's size. */
const ARCHITECTURE = [OVERFITTING_SPEC.inputSize, ...OVERFITTING_SPEC.layers.map((l) => l.size)];

/** Training and validation losses of a network that overfits; L2, dropout and early stopping. */
export default function OverfittingSection() {
  const t = useFeatureTranslation(overfittingMessages);
  const language = useLanguage();
  const prepare = useOverfittingStore((state) => state.prepare);
  useEffect(prepare, [prepare]);
  useOverfittingLoop();
  const values = {
    architecture: ARCHITECTURE.map((size) => formatCount(size, language)).join('–'),
    rate: formatFixed(OVERFITTING_LEARNING_RATE, language, 3),
    train: formatCount(OVERFITTING_SPLIT.train, language),
    validation: formatCount(OVERFITTING_SPLIT.validation, language),
    test: formatCount(OVERFITTING_SPLIT.test, language),
  };
  return (
    <LabFrame
      id="overfitting"
      title={t('lab.overfitting.title')}
      intro={<p>{t('lab.overfitting.intro', values)}</p>}
      more={<p>{t('lab.overfitting.more', values)}</p>}
      toolbar={<OverfittingToolbar />}
      settings={<OverfittingControls />}
    >
      <OverfittingChart />
      <OverfittingSummary />
      <OverfittingTable />
    </LabFrame>
  );
}

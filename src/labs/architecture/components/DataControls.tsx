import { useId } from 'react';
import type { DatasetName } from '../../../core/data/datasets';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { DatasetPicker } from './DatasetPicker';
import { RangeSetting } from './RangeSetting';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/** The sets whose points are fixed (no noise, no test set). */
const FIXED = new Set<DatasetName>(['lesson', 'and', 'or', 'xor']);

/** The left column: the data set as pictures, noise and train/test split as sliders, a new seed. */
export function DataControls() {
  const t = useFeatureTranslation(architectureMessages);
  const dataset = useArchitectureStore((state) => state.config.dataset);
  const newSeed = useArchitectureStore((state) => state.newSeed);
  const fixed = FIXED.has(dataset);
  const titleId = useId();
  return (
    <div className="architecture-column" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="architecture-column-title">
        {t('lab.architecture.data')}
      </p>
      <DatasetPicker />
      <RangeSetting
        field="noise"
        label={t('lab.architecture.noise')}
        step={0.05}
        disabled={fixed}
      />
      <RangeSetting
        field="testFraction"
        label={t('lab.architecture.testFraction')}
        step={0.05}
        disabled={fixed}
      />
      {fixed && <p className="architecture-note">{t('lab.architecture.fixedData')}</p>}
      <button type="button" onClick={newSeed}>
        {t('lab.architecture.newSeed')}
      </button>
    </div>
  );
}

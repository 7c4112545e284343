import { DATASETS, type DatasetName } from '../../../core/data/datasets';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { NumberSetting } from './NumberSetting';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/** The sets whose points are fixed (no noise, no test set). */
const FIXED = new Set<DatasetName>(['lesson', 'and', 'or', 'xor']);

/** Dataset, noise, train/test split and the seed (with "new seed"). */
export function DataControls() {
  const t = useFeatureTranslation(architectureMessages);
  const dataset = useArchitectureStore((state) => state.config.dataset);
  const setDataset = useArchitectureStore((state) => state.setDataset);
  const newSeed = useArchitectureStore((state) => state.newSeed);
  const fixed = FIXED.has(dataset);
  return (
    <fieldset className="architecture-group">
      <legend>{t('lab.architecture.data')}</legend>
      <div className="lab-controls">
        <label>
          {t('lab.architecture.dataset')}
          <select
            value={dataset}
            onChange={(event) => setDataset(event.target.value as DatasetName)}
          >
            {DATASETS.map((name) => (
              <option key={name} value={name}>
                {t(`lab.architecture.dataset.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <NumberSetting
          field="noise"
          label={t('lab.architecture.noise')}
          step={0.05}
          disabled={fixed}
        />
        <NumberSetting
          field="testFraction"
          label={t('lab.architecture.testFraction')}
          step={0.05}
          disabled={fixed}
        />
        <NumberSetting field="seed" label={t('lab.architecture.seed')} step={1} />
        <button type="button" onClick={newSeed}>
          {t('lab.architecture.newSeed')}
        </button>
      </div>
      {fixed && <p className="architecture-note">{t('lab.architecture.fixedData')}</p>}
    </fieldset>
  );
}

import { useMemo } from 'react';
import { DATASETS, type DatasetName } from '../../../core/data/datasets';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { datasetThumbnail } from './dataset-thumbnail';
import { CLASS_COLOURS } from './heatmap-draw';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

const SIZE = 48;

/** A small picture of one data set's points, coloured by class. */
function Thumbnail({ name, noise, seed }: { name: DatasetName; noise: number; seed: number }) {
  const points = useMemo(() => datasetThumbnail(name, noise, seed), [name, noise, seed]);
  const radius = points.length > 10 ? 1.4 : 3.5;
  return (
    <svg
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      aria-hidden="true"
      focusable="false"
    >
      <rect width={SIZE} height={SIZE} fill="#ffffff" />
      {points.map((point, index) => (
        <circle
          key={index}
          cx={point.x * SIZE}
          cy={point.y * SIZE}
          r={radius}
          fill={CLASS_COLOURS[point.label]}
        />
      ))}
    </svg>
  );
}

/** The data sets as pressed/unpressed picture buttons; the pressed one is the set in use. */
export function DatasetPicker() {
  const t = useFeatureTranslation(architectureMessages);
  const dataset = useArchitectureStore((state) => state.config.dataset);
  const noise = useArchitectureStore((state) => state.config.noise);
  const seed = useArchitectureStore((state) => state.config.seed);
  const setDataset = useArchitectureStore((state) => state.setDataset);
  return (
    <fieldset className="architecture-datasets">
      <legend>{t('lab.architecture.dataset')}</legend>
      <div className="architecture-dataset-buttons">
        {DATASETS.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={name === dataset}
            onClick={() => setDataset(name)}
          >
            <Thumbnail name={name} noise={noise} seed={seed} />
            <span>{t(`lab.architecture.dataset.${name}`)}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}

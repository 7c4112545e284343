import { OPTIMIZERS, type OptimizerName } from '../../../core/training/optimizers';
import { ARCHITECTURE_SPEEDS, useArchitectureStore, type ArchitectureSpeed } from '../store';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { NumberSetting } from './NumberSetting';
import { architectureMessages } from '../messages';

const SPEEDS = Object.keys(ARCHITECTURE_SPEEDS) as ArchitectureSpeed[];

/** Optimizer, learning rate, batch size and how many steps each frame runs. */
export function TrainingControls() {
  const t = useFeatureTranslation(architectureMessages);
  const optimizer = useArchitectureStore((state) => state.config.optimizer);
  const setOptimizer = useArchitectureStore((state) => state.setOptimizer);
  const speed = useArchitectureStore((state) => state.speed);
  const setSpeed = useArchitectureStore((state) => state.setSpeed);
  return (
    <fieldset className="architecture-group">
      <legend>{t('lab.architecture.training')}</legend>
      <div className="lab-controls">
        <label>
          {t('lab.architecture.optimizer')}
          <select
            value={optimizer}
            onChange={(event) => setOptimizer(event.target.value as OptimizerName)}
          >
            {OPTIMIZERS.map((name) => (
              <option key={name} value={name}>
                {t(`lab.architecture.optimizer.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <NumberSetting
          field="learningRate"
          label={t('lab.architecture.learningRate')}
          step={0.01}
        />
        <NumberSetting field="batchSize" label={t('lab.architecture.batchSize')} step={1} />
        <label>
          {t('lab.architecture.speed')}
          <select
            value={speed}
            onChange={(event) => setSpeed(event.target.value as ArchitectureSpeed)}
          >
            {SPEEDS.map((name) => (
              <option key={name} value={name}>
                {t(`lab.architecture.speed.${name}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}

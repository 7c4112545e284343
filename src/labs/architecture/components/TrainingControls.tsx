import { OPTIMIZERS, type OptimizerName } from '../../../core/training/optimizers';
import { ACTIVATIONS, type ActivationName } from '../../../core/types';
import { ARCHITECTURE_SPEEDS, useArchitectureStore, type ArchitectureSpeed } from '../store';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { NumberSetting } from './NumberSetting';
import { architectureMessages } from '../messages';

const SPEEDS = Object.keys(ARCHITECTURE_SPEEDS) as ArchitectureSpeed[];
const MIXED = 'mixed';

/** The activation every hidden layer shares, or MIXED when they differ. */
function sharedActivation(activations: readonly ActivationName[], depth: number): string {
  const first = activations[0] ?? 'tanh';
  return activations.slice(0, depth).every((activation) => activation === first) ? first : MIXED;
}

/** The key settings in view: hidden-layer activation, learning rate, optimizer, batch and speed. */
export function TrainingControls() {
  const t = useFeatureTranslation(architectureMessages);
  const depth = useArchitectureStore((state) => state.config.widths.length);
  const activations = useArchitectureStore((state) => state.config.activations);
  const setAllActivations = useArchitectureStore((state) => state.setAllActivations);
  const optimizer = useArchitectureStore((state) => state.config.optimizer);
  const setOptimizer = useArchitectureStore((state) => state.setOptimizer);
  const speed = useArchitectureStore((state) => state.speed);
  const setSpeed = useArchitectureStore((state) => state.setSpeed);
  const shared = sharedActivation(activations, depth);
  return (
    <div className="lab-controls">
      <label>
        {t('lab.architecture.activationAll')}
        <select
          value={shared}
          disabled={depth === 0}
          onChange={(event) => setAllActivations(event.target.value as ActivationName)}
        >
          {shared === MIXED && (
            <option value={MIXED} disabled>
              {t('lab.architecture.activation.mixed')}
            </option>
          )}
          {ACTIVATIONS.map((name) => (
            <option key={name} value={name}>
              {t(`lab.architecture.activation.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <NumberSetting field="learningRate" label={t('lab.architecture.learningRate')} />
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
      <NumberSetting field="batchSize" label={t('lab.architecture.batchSize')} />
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
  );
}

import { ACTIVATIONS, type ActivationName } from '../../../core/types';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { NumberSetting } from './NumberSetting';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/** The settings on demand: one activation per hidden layer and the seed of data and weights. */
export function MoreSettings() {
  const t = useFeatureTranslation(architectureMessages);
  const depth = useArchitectureStore((state) => state.config.widths.length);
  const activations = useArchitectureStore((state) => state.config.activations);
  const setActivation = useArchitectureStore((state) => state.setActivation);
  return (
    <details className="architecture-more-settings">
      <summary>{t('lab.architecture.moreSettings')}</summary>
      <div className="lab-controls">
        {activations.slice(0, depth).map((activation, layer) => (
          <label key={layer}>
            {t('lab.architecture.activation', { layer: layer + 1 })}
            <select
              value={activation}
              onChange={(event) => setActivation(layer, event.target.value as ActivationName)}
            >
              {ACTIVATIONS.map((name) => (
                <option key={name} value={name}>
                  {t(`lab.architecture.activation.${name}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <NumberSetting field="seed" label={t('lab.architecture.seed')} />
      </div>
      <p className="architecture-note">{t('lab.architecture.output')}</p>
    </details>
  );
}

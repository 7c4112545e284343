import { ACTIVATIONS, type ActivationName } from '../../../core/types';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { NumberSetting } from './NumberSetting';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/** Depth, width and one activation per hidden layer; the output layer is fixed (sigmoid + BCE). */
export function NetworkControls() {
  const t = useFeatureTranslation(architectureMessages);
  const depth = useArchitectureStore((state) => state.config.depth);
  const width = useArchitectureStore((state) => state.config.width);
  const activations = useArchitectureStore((state) => state.config.activations);
  const setActivation = useArchitectureStore((state) => state.setActivation);
  const shape = ['2', ...Array.from({ length: depth }, () => String(width)), '1'].join('–');
  return (
    <fieldset className="architecture-group">
      <legend>{t('lab.architecture.network')}</legend>
      <div className="lab-controls">
        <NumberSetting field="depth" label={t('lab.architecture.depth')} step={1} />
        <NumberSetting field="width" label={t('lab.architecture.width')} step={1} />
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
      </div>
      <p className="architecture-note">
        {t('lab.architecture.shape', { shape })}. {t('lab.architecture.output')}
      </p>
    </fieldset>
  );
}

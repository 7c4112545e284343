import { ACTIVATIONS, type ActivationName } from '../../../core/types';
import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../ui/use-translation';
import { NumberSetting } from './NumberSetting';

/** Depth, width and one activation per hidden layer; the output layer is fixed (sigmoid + BCE). */
export function NetworkControls() {
  const t = useTranslation();
  const depth = useAppStore((state) => state.architectureConfig.depth);
  const width = useAppStore((state) => state.architectureConfig.width);
  const activations = useAppStore((state) => state.architectureConfig.activations);
  const setActivation = useAppStore((state) => state.architectureSetActivation);
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

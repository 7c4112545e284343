import { FEATURES } from '../model/features';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/** One pressed/unpressed button per input feature; the only one left on cannot be switched off. */
export function FeatureToggles() {
  const t = useFeatureTranslation(architectureMessages);
  const features = useArchitectureStore((state) => state.config.features);
  const toggle = useArchitectureStore((state) => state.toggleFeature);
  return (
    <fieldset className="architecture-features">
      <legend>{t('lab.architecture.features')}</legend>
      <div className="architecture-feature-buttons">
        {FEATURES.map((feature) => {
          const on = features.includes(feature);
          return (
            <button
              key={feature}
              type="button"
              aria-pressed={on}
              disabled={on && features.length === 1}
              onClick={() => toggle(feature)}
            >
              {t(`lab.architecture.feature.${feature}`)}
            </button>
          );
        })}
      </div>
      <p className="architecture-note">{t('lab.architecture.featuresNote')}</p>
    </fieldset>
  );
}

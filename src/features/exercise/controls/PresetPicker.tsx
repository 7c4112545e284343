import { useId } from 'react';
import { isPresetId, PRESET_IDS } from '../../../core/exercise/presets';
import { useAppStore } from '../../../store/store';
import { useTranslation } from '../../../ui/use-translation';

/**
 * "Cenário": starts the exercise over in one of the scenarios made for the lesson's reflections,
 * and says what to look for. "—" means none; the picker returns to it once the learner changes a
 * setting, the seed or a weight, and the description then says that it may no longer hold.
 */
export function PresetPicker() {
  const t = useTranslation();
  const scenario = useAppStore((state) => state.scenario);
  const applyPreset = useAppStore((state) => state.applyPreset);
  const clearPreset = useAppStore((state) => state.clearPreset);
  const ids = { select: useId(), hint: useId() };
  const chosen = scenario && !scenario.modified ? scenario.id : '';
  return (
    <div className="control preset-picker">
      <label htmlFor={ids.select}>{t('exercise.presets')}</label>
      <select
        id={ids.select}
        value={chosen}
        aria-describedby={ids.hint}
        onChange={(event) => {
          const value = event.target.value;
          if (isPresetId(value)) applyPreset(value);
          else clearPreset();
        }}
      >
        <option value="" aria-label={t('exercise.presets.none')}>
          —
        </option>
        {PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {t(`exercise.preset.${id}`)}
          </option>
        ))}
      </select>
      <small id={ids.hint}>{t('exercise.presets.hint')}</small>
      {/* always in the page, so that a screen reader announces what is put in it */}
      <div role="status" aria-live="polite" className="preset-picker__description">
        {scenario && (
          <p className="message">
            <strong>{t(`exercise.preset.${scenario.id}`)}.</strong>{' '}
            {t(`exercise.preset.${scenario.id}.look`)}
          </p>
        )}
        {scenario?.modified && <p className="message">{t('exercise.presets.modified')}</p>}
      </div>
    </div>
  );
}

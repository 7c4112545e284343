import { useId, useState } from 'react';
import { VANISHING_SCHEMES, type VanishingConfig } from '../model/vanishing';
import { formatCount, formatField } from '../../../ui/format';
import { parseTypedNumber } from '../../../ui/parse-number';
import { useLanguage, useFeatureTranslation } from '../../../ui/use-translation';
import { useVanishingGradientsStore } from '../store';
import { vanishingGradientsMessages } from '../messages';

const RANGES = [0.5, 1, 2, 3, 5];
const DEPTHS = [2, 3, 4, 5, 6];
const DEFAULT_CLIP = 1;

/** Initialization, depth, clipping, the step read, and two ready-made settings. */
export function VanishingControls() {
  const t = useFeatureTranslation(vanishingGradientsMessages);
  const language = useLanguage();
  const config = useVanishingGradientsStore((state) => state.config);
  const step = useVanishingGradientsStore((state) => state.step);
  const setConfig = useVanishingGradientsStore((state) => state.setConfig);
  const setStep = useVanishingGradientsStore((state) => state.setStep);
  const applyPreset = useVanishingGradientsStore((state) => state.applyPreset);
  // the threshold typed last, kept while clipping is off
  const [clipText, setClipText] = useState(() =>
    formatField(config.clipNorm || DEFAULT_CLIP, language),
  );
  const presetsId = useId();
  const clipping = config.clipNorm > 0;

  const changeClip = (text: string) => {
    setClipText(text);
    const value = parseTypedNumber(text);
    if (clipping && value !== null && value > 0) setConfig({ clipNorm: value });
  };
  const toggleClip = (on: boolean) => {
    const value = parseTypedNumber(clipText);
    setConfig({ clipNorm: on ? (value !== null && value > 0 ? value : DEFAULT_CLIP) : 0 });
  };

  return (
    <>
      <div className="lab-controls" role="group" aria-label={t('lab.vanishingGradients.controls')}>
        <label>
          {t('lab.vanishingGradients.scheme')}
          <select
            value={config.scheme}
            onChange={(event) =>
              setConfig({ scheme: event.target.value as VanishingConfig['scheme'] })
            }
          >
            {VANISHING_SCHEMES.map((scheme) => (
              <option key={scheme} value={scheme}>
                {t(`lab.vanishingGradients.scheme.${scheme}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lab.vanishingGradients.range')}
          <select
            value={config.range}
            disabled={config.scheme !== 'uniform'}
            onChange={(event) => setConfig({ range: Number(event.target.value) })}
          >
            {RANGES.map((range) => (
              <option key={range} value={range}>
                {formatField(range, language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lab.vanishingGradients.depth')}
          <select
            value={config.depth}
            onChange={(event) => setConfig({ depth: Number(event.target.value) })}
          >
            {DEPTHS.map((depth) => (
              <option key={depth} value={depth}>
                {depth}
              </option>
            ))}
          </select>
        </label>
        <label className="vanishing-inline">
          <input
            type="checkbox"
            checked={clipping}
            onChange={(event) => toggleClip(event.target.checked)}
          />
          {t('lab.vanishingGradients.clip')}
        </label>
        <label>
          {t('lab.vanishingGradients.clipNorm')}
          <input
            type="text"
            inputMode="decimal"
            size={6}
            value={clipText}
            disabled={!clipping}
            onChange={(event) => changeClip(event.target.value)}
          />
        </label>
      </div>
      <div className="lab-controls">
        <label className="vanishing-step">
          {t('lab.vanishingGradients.step', { step: formatCount(step, language) })}
          <input
            type="range"
            min={1}
            max={config.steps}
            value={step}
            onChange={(event) => setStep(Number(event.target.value))}
          />
        </label>
        <div role="group" aria-labelledby={presetsId} className="vanishing-presets">
          <span id={presetsId}>{t('lab.vanishingGradients.presets')}</span>
          <button type="button" onClick={() => applyPreset('vanishing')}>
            {t('lab.vanishingGradients.preset.vanishing')}
          </button>
          <button type="button" onClick={() => applyPreset('exploding')}>
            {t('lab.vanishingGradients.preset.exploding')}
          </button>
        </div>
      </div>
    </>
  );
}

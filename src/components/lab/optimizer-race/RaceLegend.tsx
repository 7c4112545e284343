import { OPTIMIZERS } from '../../../core/training/optimizers';
import { useTranslation } from '../../ui/use-translation';
import { SeriesLegend } from '../series/SeriesLegend';
import { RACE_SERIES } from './race-series';

/** Each optimizer's name beside a sample of its line: colour, dash pattern and marker. */
export function RaceLegend() {
  const t = useTranslation();
  return (
    <SeriesLegend
      className="race-legend"
      label={t('lab.optimizerRace.legend')}
      names={OPTIMIZERS}
      styles={RACE_SERIES}
      nameOf={(name) => t(`lab.optimizerRace.name.${name}`)}
    />
  );
}
